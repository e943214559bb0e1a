import { getLocale, getTranslations } from 'next-intl/server';
import { ScenarioForm, type ScenarioField } from '@/components/staff/scenario-form';
import { describeScenario } from '@/components/staff/scenario-summary';
import { formatCount, formatMinutes } from '@/lib/i18n/format';
import { FORCEABLE_CODES, FORCEABLE_PATHS, LATENCY_PATHS, MALFORMED_KINDS, PAYPAL_SETTLEMENTS } from '@/lib/sandbox';
import { getInAppSandbox, sandboxEnabled } from '@/lib/in-app-sandbox';

const options = (values: readonly (string | number)[]) => values.map((value) => ({ value: String(value), label: String(value) }));

export async function ScenarioPanel() {
  const [t, root, locale] = await Promise.all([getTranslations('staff.scenarios'), getTranslations(), getLocale()]);
  if (!sandboxEnabled()) {
    return (
      <section aria-labelledby="scenarios-title" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="scenarios-title" className="text-lg font-semibold">
          {t('title')}
        </h2>
        <p>{t('onlySandbox')}</p>
      </section>
    );
  }
  const snapshot = getInAppSandbox().control.snapshot();
  // PayPal captures held for review, which staff may complete or fail as PayPal would.
  const heldCaptures = snapshot.paypal.captures.filter((capture) => capture.status === 'PENDING').map((capture) => capture.id);
  const endpoint: ScenarioField = { name: 'path', label: t('endpoint'), kind: 'select', options: options(FORCEABLE_PATHS) };
  const count: ScenarioField = { name: 'count', label: t('count'), kind: 'number', defaultValue: 1 };
  return (
    <section aria-labelledby="scenarios-title" className="space-y-3">
      <h2 id="scenarios-title" className="text-lg font-semibold">
        {t('title')}
      </h2>
      <p className="text-sm text-slate-700">{t('intro')}</p>
      <div className="rounded-lg bg-amber-50 p-3 text-sm" data-testid="scenarios-in-force">
        <p className="font-semibold">{t('inForce')}</p>
        {snapshot.scenarios.length === 0 ? (
          <p>{t('none')}</p>
        ) : (
          <ul className="list-disc pl-5">
            {snapshot.scenarios.map((scenario, index) => (
              <li key={index}>{describeScenario(scenario, root, locale)}</li>
            ))}
          </ul>
        )}
        <p className="mt-1 text-slate-700">
          {t('preOrderTimeout')}: {formatMinutes(snapshot.preOrderTimeoutMinutes, locale)} · {t('poolSize')}:{' '}
          {formatCount(snapshot.profilePool.free, locale)}
        </p>
      </div>
      <div className="grid gap-3 md:grid-cols-2">
        <ScenarioForm
          action="forceCode"
          title={t('actions.forceCode')}
          fields={[endpoint, { name: 'code', label: t('code'), kind: 'select', options: options(FORCEABLE_CODES) }, count]}
        />
        <ScenarioForm
          action="addLatency"
          title={t('actions.addLatency')}
          fields={[
            { ...endpoint, options: options(LATENCY_PATHS) },
            { name: 'ms', label: t('latencyMs'), kind: 'number', defaultValue: 2000 },
            { ...count, defaultValue: undefined, optional: true },
          ]}
        />
        <ScenarioForm action="forceTimeout" title={t('actions.forceTimeout')} fields={[endpoint, count]} />
        <ScenarioForm
          action="forceMalformed"
          title={t('actions.forceMalformed')}
          fields={[endpoint, { name: 'kind', label: t('malformedKind'), kind: 'select', options: options(MALFORMED_KINDS) }, count]}
        />
        <ScenarioForm
          action="setPreOrderTimeoutMinutes"
          title={t('actions.setPreOrderTimeoutMinutes')}
          fields={[{ name: 'minutes', label: t('minutes'), kind: 'number', defaultValue: snapshot.preOrderTimeoutMinutes }]}
        />
        <ScenarioForm
          action="setProfilePool"
          title={t('actions.setProfilePool')}
          fields={[{ name: 'size', label: t('poolSize'), kind: 'number', defaultValue: 0 }]}
        />
        {heldCaptures.length > 0 ? (
          <ScenarioForm
            action="settlePayPalCapture"
            title={t('actions.settlePayPalCapture')}
            fields={[
              { name: 'captureId', label: t('paypalCapture'), kind: 'select', options: options(heldCaptures) },
              { name: 'status', label: t('paypalSettlement'), kind: 'select', options: options(PAYPAL_SETTLEMENTS) },
            ]}
          />
        ) : (
          <p className="rounded-lg border border-slate-200 bg-white p-3 text-sm" data-testid="no-held-capture">
            {t('noHeldCapture')}
          </p>
        )}
        <ScenarioForm action="clearScenarios" title={t('actions.clearScenarios')} fields={[]} />
        <ScenarioForm action="reset" title={t('actions.reset')} fields={[]} />
      </div>
    </section>
  );
}
