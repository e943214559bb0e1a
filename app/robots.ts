import type { MetadataRoute } from 'next';
import { getEnv } from '@/lib/env';
import { shopRobots } from '@/lib/seo/robots';

// Read per request: SHOP_URL is the running shop's setting, not the build machine's.
export const dynamic = 'force-dynamic';

export default function robots(): MetadataRoute.Robots {
  return shopRobots(getEnv().shopUrl);
}
