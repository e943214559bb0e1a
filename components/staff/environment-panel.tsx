import { headers } from 'next/headers';
import { getTranslations } from 'next-intl/server';
import { getPreferences } from '@/lib/catalog/preferences';
import { getEnv } from '@/lib/env';
import { languageName } from '@/lib/i18n/format';
import { providerLanguage } from '@/lib/i18n/locales';
import { getLinksfield } from '@/lib/linksfield';
import { clientAddress } from '@/lib/security/client-address';

/** What the shop talks to and how, never the token itself. */
export async function EnvironmentPanel() {
  const [t, { locale }] = await Promise.all([getTranslations('staff.env'), getPreferences()]);
  const env = getEnv();
  const token = await getLinksfield().probeToken(locale);
  // Who the shop believes this request comes from: lets staff check TRUSTED_PROXY_COUNT against the proxies in front.
  const address = clientAddress(await headers(), env.trustedProxyCount);
  const rows: [string, string, string][] = [
    ['mode', t('mode'), env.sandbox ? t('sandbox') : t('uat')],
    ['base-url', t('baseUrl'), env.baseUrl],
    ['partner-code', t('partnerCode'), env.partnerCode],
    [
      'auth',
      t('auth'),
      env.accessToken
        ? t('authToken')
        : env.credentials
          ? t('authCredentials', { email: env.credentials.email })
          : t('authNone'),
    ],
    ['token', t('tokenState'), token === 'valid' ? t('tokenValid') : token === 'invalid' ? t('tokenInvalid') : t('tokenUnknown')],
    ['ui-language', t('uiLanguage'), `${locale} (${languageName(locale)})`],
    ['accept-language', t('acceptLanguage'), providerLanguage(locale)],
    ['trusted-proxies', t('trustedProxies'), String(env.trustedProxyCount)],
    ['client-address', t('clientAddress'), address ?? t('clientAddressUnknown')],
  ];
  return (
    <section aria-labelledby="env-title" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="env-title" className="mb-2 text-lg font-semibold">
        {t('title')}
      </h2>
      <dl className="grid gap-x-4 gap-y-2 sm:grid-cols-[12rem_1fr]">
        {rows.map(([key, label, value]) => (
          <div key={key} className="contents">
            <dt className="text-sm text-slate-600">{label}</dt>
            <dd className="break-all font-mono text-sm" data-testid={`env-${key}`}>
              {value}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
