'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';

/**
 * Copies a value and says so in a live region, for people who cannot see the button change.
 * `buttonText` (usually `order.copy` with the label) comes formatted from the server, so that
 * hydrating the button compiles no ICU message; the announcement is formatted on click.
 */
export function CopyButton({ value, label, buttonText }: { value: string; label: string; buttonText: string }) {
  const t = useTranslations('order');
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
  }

  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        onClick={copy}
        className="min-h-8 rounded-md border border-slate-400 px-2 py-1 text-sm hover:bg-slate-100"
      >
        {buttonText}
      </button>
      <span role="status" className="text-sm text-green-800">
        {status === 'copied' ? t('copied', { label }) : status === 'failed' ? t('copyFailed') : ''}
      </span>
    </span>
  );
}
