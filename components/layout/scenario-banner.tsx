import { SCENARIO_BANNER_CLASS } from '@/components/layout/scenario-banner-class';
import { scenarioBannerText } from '@/components/layout/scenario-banner-text';
import { requestLocale } from '@/lib/i18n/request-locale';

/** On every page while the sandbox is steered, so nobody mistakes a forced answer for a real fault. */
export async function ScenarioBanner() {
  const text = await scenarioBannerText(await requestLocale());
  if (!text) return null;
  return (
    <div role="note" data-testid="scenario-banner" className={SCENARIO_BANNER_CLASS}>
      {text}
    </div>
  );
}
