'use client';

import { useFormStatus } from 'react-dom';

/** A real `disabled` while the order is on its way, so a second click cannot send a second order. */
export function SubmitButton({ label, pendingLabel }: { label: string; pendingLabel: string }) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      disabled={pending}
      className="min-h-11 rounded-md bg-brand-600 px-6 py-2 text-base font-semibold text-white hover:bg-brand-700 disabled:cursor-wait disabled:opacity-70"
    >
      {label}
      {pending ? <span className="sr-only"> – {pendingLabel}</span> : null}
    </button>
  );
}
