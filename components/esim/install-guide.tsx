'use client';

import { useTranslations } from 'next-intl';
import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { parseActivationCode } from '@/lib/esim/activation-code';
import type { DevicePlatform } from '@/lib/esim/device';

type Tab = 'iphone' | 'android';
const TABS: readonly Tab[] = ['iphone', 'android'];

export type InstallGuideProps = {
  activationCode: string;
  /** Null when neither the code nor the provider gave one: manual entry is then not offered. */
  smdpAddress: string | null;
  matchingId: string | null;
  initialPlatform: DevicePlatform;
};

/** Menu paths and buttons stand out, and typed values can be read character by character. */
const richTags = {
  path: (chunks: ReactNode) => <strong className="font-semibold">{chunks}</strong>,
  value: (chunks: ReactNode) => (
    <code className="break-all rounded bg-slate-100 px-1 py-0.5 font-mono text-sm">{chunks}</code>
  ),
};

function Steps({ title, steps }: { title: string; steps: ReactNode[] }) {
  return (
    <div className="mt-4 first:mt-0">
      <h4 className="font-semibold">{title}</h4>
      <ol className="mt-2 list-decimal space-y-2 pl-6">
        {steps.map((step, index) => (
          <li key={index}>{step}</li>
        ))}
      </ol>
    </div>
  );
}

export function InstallGuide({
  activationCode,
  smdpAddress,
  matchingId,
  initialPlatform,
}: InstallGuideProps) {
  const t = useTranslations('esim.guide');
  const id = useId();
  const [selected, setSelected] = useState<Tab>(initialPlatform === 'android' ? 'android' : 'iphone');
  const tabRefs = useRef<Record<Tab, HTMLButtonElement | null>>({ iphone: null, android: null });

  // Without a well-formed code there is no QR code to scan and nothing to hand to Apple's link.
  const code = parseActivationCode(activationCode);
  const manual = smdpAddress && matchingId ? { smdpAddress, matchingId } : null;

  const tabId = (tab: Tab) => `${id}-tab-${tab}`;
  const panelId = (tab: Tab) => `${id}-panel-${tab}`;

  function onTabKeyDown(event: KeyboardEvent<HTMLButtonElement>) {
    const index = TABS.indexOf(selected);
    const next =
      event.key === 'ArrowRight'
        ? TABS[(index + 1) % TABS.length]
        : event.key === 'ArrowLeft'
          ? TABS[(index - 1 + TABS.length) % TABS.length]
          : event.key === 'Home'
            ? TABS[0]
            : event.key === 'End'
              ? TABS[TABS.length - 1]
              : undefined;
    if (!next) return;
    event.preventDefault();
    setSelected(next);
    tabRefs.current[next]?.focus();
  }

  const panels: Record<Tab, ReactNode> = {
    iphone: (
      <>
        {code && (
          <Steps
            title={t('scanTitle')}
            steps={[
              t.rich('iphoneScan1', richTags),
              t.rich('iphoneScan2', richTags),
              t.rich('iphoneScan3', richTags),
              t.rich('iphoneScan4', richTags),
            ]}
          />
        )}
        {manual && (
          <Steps
            title={code ? t('manualTitle') : t('manualOnlyTitle')}
            steps={[
              t.rich('iphoneManual1', richTags),
              t.rich('iphoneManual2', { ...richTags, ...manual }),
              t.rich('iphoneManual3', { ...richTags, ...manual }),
              t.rich('iphoneManual4', richTags),
            ]}
          />
        )}
        <Steps
          title={t('arrivalTitle')}
          steps={[t.rich('iphoneArrival1', richTags), t.rich('iphoneArrival2', richTags)]}
        />
      </>
    ),
    android: (
      <>
        {code && (
          <Steps
            title={t('scanTitle')}
            steps={[
              t.rich('androidScan1', richTags),
              t.rich('androidScan2', richTags),
              t.rich('androidScan3', richTags),
            ]}
          />
        )}
        {manual && (
          <Steps
            title={code ? t('manualTitle') : t('manualOnlyTitle')}
            steps={
              code
                ? [
                    t.rich('androidManual1', richTags),
                    // Pixel and Samsung take the whole LPA string in one field.
                    t.rich('androidManual2', { ...richTags, activationCode: code.raw }),
                    t.rich('androidManual3', { ...richTags, ...manual }),
                  ]
                : [t.rich('androidManual1', richTags), t.rich('androidManual2Split', { ...richTags, ...manual })]
            }
          />
        )}
        <Steps
          title={t('arrivalTitle')}
          steps={[t.rich('androidArrival1', richTags), t.rich('androidArrival2', richTags)]}
        />
      </>
    ),
  };

  return (
    <section aria-labelledby={`${id}-title`} className="mt-6">
      <h3 id={`${id}-title`} className="text-lg font-semibold">
        {t('title')}
      </h3>

      <div role="tablist" aria-label={t('tabsLabel')} className="mt-4 flex gap-1 border-b border-slate-200">
        {TABS.map((tab) => {
          const isSelected = tab === selected;
          return (
            <button
              key={tab}
              ref={(element) => {
                tabRefs.current[tab] = element;
              }}
              type="button"
              role="tab"
              id={tabId(tab)}
              aria-selected={isSelected}
              aria-controls={panelId(tab)}
              tabIndex={isSelected ? 0 : -1}
              onClick={() => setSelected(tab)}
              onKeyDown={onTabKeyDown}
              className={`-mb-px min-h-11 min-w-24 border-b-4 px-4 py-2 font-medium ${
                isSelected
                  ? 'border-brand-600 text-brand-800'
                  : 'border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900'
              }`}
            >
              {t(tab)}
            </button>
          );
        })}
      </div>

      {TABS.map((tab) => (
        <div
          key={tab}
          role="tabpanel"
          id={panelId(tab)}
          aria-labelledby={tabId(tab)}
          hidden={tab !== selected}
          tabIndex={0}
          className="pt-4"
          data-testid={`install-guide-${tab}`}
        >
          {panels[tab]}
          <p className="mt-4 text-sm text-slate-600">{t('menuNamesVary')}</p>
        </div>
      ))}
    </section>
  );
}
