'use client';

import { SCENARIO_BANNER_CLASS } from '@/components/layout/scenario-banner-class';
import { usePageChrome } from '@/components/layout/use-page-chrome';

/** The sandbox banner on a cached page: what the sandbox is steered to do changes without the page. */
export function LiveScenarioBanner({ locale }: { locale: string }) {
  const banner = usePageChrome(locale)?.banner;
  if (!banner) return null;
  return (
    <div role="note" data-testid="scenario-banner" className={SCENARIO_BANNER_CLASS}>
      {banner}
    </div>
  );
}
