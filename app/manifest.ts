import type { MetadataRoute } from 'next';
import { webAppManifest } from '@/lib/seo/web-app-manifest';

export default function manifest(): MetadataRoute.Manifest {
  return webAppManifest();
}
