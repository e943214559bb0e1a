import { useId } from 'react';
import { appleInstallLink } from '@/lib/esim/activation-code';

type Props = { activationCode: string; label: string; hint: string };

/**
 * Apple's one-tap eSIM setup (iOS 17.4+): the install this phone can use, so it comes before the QR
 * code, which a phone cannot scan from its own screen. A new browsing context, so the link leaves
 * in-app web views for the system browser.
 */
export function OneTapInstall({ activationCode, label, hint }: Props) {
  const hintId = useId();
  return (
    <div className="mt-4">
      <a
        href={appleInstallLink(activationCode)}
        target="_blank"
        rel="noopener noreferrer"
        aria-describedby={hintId}
        data-testid="one-tap-install"
        className="inline-flex min-h-12 items-center justify-center rounded-lg bg-brand-600 px-5 py-3 text-base font-semibold text-white hover:bg-brand-700"
      >
        {label}
      </a>
      <p id={hintId} className="mt-2 text-sm text-slate-600">
        {hint}
      </p>
    </div>
  );
}
