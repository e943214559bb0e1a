import type { ReactNode } from 'react';

/** What a field's control carries so that the label, hint and error belong to it for assistive technology. */
export type ControlProps = { id: string; 'aria-invalid'?: true; 'aria-describedby'?: string };

/** The look of every text box and list in the shop's forms; a refused value shows in red. */
export const CONTROL_CLASS =
  'block min-h-11 w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base aria-invalid:border-red-700 aria-invalid:ring-1 aria-invalid:ring-red-700';

/**
 * One form field: its label, its control (rendered by `children` with the props that tie it to
 * the label, hint and error), a hint, the error the server gave, and anything that goes below.
 * The control is described by its hint and its error, so a screen reader reads both with it.
 */
export function Field({
  id,
  label,
  hint,
  error,
  footer,
  children,
}: {
  /** The control's id; the hint and error take `${id}-hint` and `${id}-error`. */
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  footer?: ReactNode;
  children: (control: ControlProps) => ReactNode;
}) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-semibold">
        {label}
      </label>
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy })}
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
      {footer}
    </div>
  );
}
