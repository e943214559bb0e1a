import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { LazyInstallGuide } from '@/components/esim/lazy-esim-parts';
import { OneTapInstall } from '@/components/esim/one-tap-install';
import { CopyButton } from '@/components/order/copy-button';
import { formatDataVolume } from '@/lib/data-volume';
import { parseActivationCode } from '@/lib/esim/activation-code';
import { detectDevice } from '@/lib/esim/device';
import { activationCodeSvg } from '@/lib/esim/qr-svg';
import { formatValidity } from '@/lib/esim/validity';
import type { Locale } from '@/lib/i18n/locales';
import type { EsimDetail } from '@/lib/linksfield/types';

export type EsimDetailsProps = {
  esim: EsimDetail;
  locale: Locale;
  /** The request's User-Agent: only picks which instructions come first. */
  userAgent: string | null;
};

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid gap-1 border-b border-slate-100 py-3 last:border-b-0 sm:grid-cols-[12rem_1fr]">
      <dt className="text-sm text-slate-600">{label}</dt>
      <dd className="min-w-0">{children}</dd>
    </div>
  );
}

type CopyText = (label: string) => string;

function CopyableValue({ value, label, testId, copy }: { value: string; label: string; testId: string; copy: CopyText }) {
  return (
    <div className="flex flex-wrap items-center gap-2">
      <span className="break-all font-mono" data-testid={testId}>
        {value}
      </span>
      <CopyButton value={value} label={label} buttonText={copy(label)} />
    </div>
  );
}

export async function EsimDetails({ esim, locale, userAgent }: EsimDetailsProps) {
  const t = await getTranslations({ locale, namespace: 'esim' });
  const orderTexts = await getTranslations({ locale, namespace: 'order' });
  const copy: CopyText = (label) => orderTexts('copy', { label });
  const code = parseActivationCode(esim.activationCode);
  // The code is what the phone will actually use, so its parts win over the provider's separate fields.
  const smdpAddress = code?.smdpAddress ?? esim.smdpAddress;
  const matchingId = code?.matchingId ?? esim.matchingId;
  const device = detectDevice(userAgent);
  const svg = code ? await activationCodeSvg(code.raw) : null;
  const validity = formatValidity(esim.validFrom, esim.validTo, locale);
  const notProvided = <span className="text-slate-600">{t('notProvided')}</span>;

  return (
    <section
      aria-labelledby="esim-title"
      className="rounded-lg border border-slate-200 bg-white p-4 sm:p-6"
      data-testid="esim-details"
    >
      <h2 id="esim-title" className="text-lg font-semibold">
        {t('title')}
      </h2>
      <p className="mt-1 text-slate-700">{t('intro')}</p>

      {device.oneTapInstall && code ? <OneTapInstall activationCode={code.raw} label={t('guide.oneTap')} hint={t('guide.oneTapHint')} /> : null}

      {code && svg ? (
        <div className="mt-4 flex flex-col items-center gap-4 sm:flex-row sm:items-start">
          {/* The SVG is built by `qrcode` from a validated code on the server: no user markup gets in.
              It carries its own size; on a narrow screen it shrinks to fit, square. */}
          <div
            role="img"
            aria-label={t('qrLabel', { smdpAddress: code.smdpAddress, matchingId: code.matchingId })}
            data-testid="esim-qr"
            className="max-w-full shrink-0 bg-[#fff] forced-color-adjust-none [&>svg]:block [&>svg]:h-auto [&>svg]:max-w-full"
            dangerouslySetInnerHTML={{ __html: svg }}
          />
          <div className="space-y-3 text-sm text-slate-700">
            <p>{t('qrHint')}</p>
            <p className="rounded-md border border-amber-300 bg-amber-50 p-3 text-amber-950">{t('secret')}</p>
          </div>
        </div>
      ) : (
        <div className="mt-4 rounded-md border border-amber-400 bg-amber-50 p-4 text-amber-950" data-testid="esim-invalid-code">
          <h3 className="font-semibold">{t('invalidTitle')}</h3>
          <p className="mt-1">{t('invalidBody')}</p>
          <p className="mt-3 text-sm">{t('rawCode')}</p>
          <CopyableValue value={esim.activationCode.trim()} label={t('rawCode')} testId="activation-code" copy={copy} />
        </div>
      )}

      <h3 className="mt-6 font-semibold">{t('detailsTitle')}</h3>
      <dl>
        {code && (
          <Row label={t('fullCode')}>
            <CopyableValue value={code.raw} label={t('fullCode')} testId="activation-code" copy={copy} />
          </Row>
        )}
        <Row label={t('smdpAddress')}>
          {smdpAddress ? (
            <CopyableValue value={smdpAddress} label={t('smdpAddress')} testId="smdp-address" copy={copy} />
          ) : (
            notProvided
          )}
        </Row>
        <Row label={t('matchingId')}>
          {matchingId ? (
            <CopyableValue value={matchingId} label={t('matchingId')} testId="matching-id" copy={copy} />
          ) : (
            notProvided
          )}
        </Row>
        <Row label={t('iccid')}>
          {esim.iccid ? <CopyableValue value={esim.iccid} label={t('iccid')} testId="iccid" copy={copy} /> : notProvided}
        </Row>
        <Row label={t('package')}>
          {esim.packageName ? <span data-testid="esim-package">{esim.packageName}</span> : notProvided}
        </Row>
        <Row label={t('validity')}>
          <span data-testid="esim-validity">
            {validity.kind === 'onFirstUse'
              ? t('startsOnFirstUse')
              : validity.kind === 'from'
                ? t('validFrom', { date: validity.text })
                : validity.kind === 'until'
                  ? t('validUntil', { date: validity.text })
                  : validity.text}
          </span>
        </Row>
        <Row label={t('data')}>
          <span data-testid="esim-data">
            {esim.dataMb === null ? t('unlimited') : formatDataVolume(esim.dataMb, locale)}
          </span>
        </Row>
        {esim.usedMb !== null && (
          <Row label={t('dataUsed')}>
            <span data-testid="esim-data-used">{formatDataVolume(esim.usedMb, locale)}</span>
          </Row>
        )}
      </dl>

      {/* With neither a QR code nor manual details there is nothing to install: support takes over. */}
      {(code || (smdpAddress && matchingId)) && (
        <LazyInstallGuide
          activationCode={code?.raw ?? esim.activationCode}
          smdpAddress={smdpAddress}
          matchingId={matchingId}
          initialPlatform={device.platform}
        />
      )}
    </section>
  );
}
