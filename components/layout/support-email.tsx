import type { ReactNode } from 'react';

/** The `<email>` tag of a message that names the support address (`t.rich`): a mailto link to it. */
export function supportEmailTag(address: string, className = '') {
  function SupportEmailLink(chunks: ReactNode) {
    return (
      <a href={`mailto:${address}`} className={`inline-flex min-h-6 items-center text-brand-700 underline underline-offset-4 ${className}`.trim()}>
        {chunks}
      </a>
    );
  }
  return SupportEmailLink;
}
