import { scenarioBannerText } from '@/components/layout/scenario-banner-text';
import { ScenarioNote } from '@/components/layout/scenario-note';
import { requestLocale } from '@/lib/i18n/request-locale';

/** On every page while the sandbox is steered, so nobody mistakes a forced answer for a real fault. */
export async function ScenarioBanner() {
  const text = await scenarioBannerText(await requestLocale());
  return text ? <ScenarioNote text={text} /> : null;
}
