'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useId } from 'react';
import { scenarioAction, type StaffFormState } from '@/components/staff/staff-actions';

export type ScenarioField =
  | { name: string; label: string; kind: 'select'; options: { value: string; label: string }[] }
  | { name: string; label: string; kind: 'number'; defaultValue?: number; optional?: boolean };

const initial: StaffFormState = {};

/** One sandbox scenario: a small form whose result is announced. */
export function ScenarioForm({ action, title, fields }: { action: string; title: string; fields: ScenarioField[] }) {
  const t = useTranslations('staff.scenarios');
  const id = useId();
  const [state, formAction, pending] = useActionState(scenarioAction, initial);
  return (
    <form action={formAction} noValidate aria-labelledby={`${id}-title`} className="space-y-3 rounded-lg border border-slate-200 bg-white p-3">
      <h3 id={`${id}-title`} className="font-semibold">
        {title}
      </h3>
      <input type="hidden" name="action" value={action} />
      {fields.map((field) => (
        <div key={field.name} className="space-y-1">
          <label htmlFor={`${id}-${field.name}`} className="block text-sm font-medium">
            {field.label}
          </label>
          {field.kind === 'select' ? (
            <select id={`${id}-${field.name}`} name={field.name} className="block w-full rounded-md border border-slate-400 bg-white px-2 py-1">
              {field.options.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          ) : (
            <input
              id={`${id}-${field.name}`}
              name={field.name}
              type="number"
              inputMode="numeric"
              defaultValue={field.defaultValue}
              className="block w-full rounded-md border border-slate-400 bg-white px-2 py-1"
            />
          )}
        </div>
      ))}
      <button
        type="submit"
        disabled={pending}
        className="min-h-9 rounded-md bg-slate-800 px-3 py-1 text-sm font-semibold text-white hover:bg-slate-900 disabled:opacity-60"
      >
        {fields.length === 0 ? title : t('apply')}
      </button>
      <p role="status" aria-live="polite" className={`text-sm ${state.error ? 'text-red-700' : 'text-green-800'}`}>
        {state.error ? `${t('errorTitle')}: ${state.error}` : (state.ok ?? '')}
      </p>
    </form>
  );
}
