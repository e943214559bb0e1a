'use client';

import { ScenarioNote } from '@/components/layout/scenario-note';
import { usePageChrome } from '@/components/layout/use-page-chrome';

/** The sandbox banner on a cached page: what the sandbox is steered to do changes without the page. */
export function LiveScenarioBanner({ locale }: { locale: string }) {
  const banner = usePageChrome(locale)?.banner;
  return banner ? <ScenarioNote text={banner} /> : null;
}
