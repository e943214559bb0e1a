import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { supportEmailTag } from '@/components/layout/support-email';
import { getEnv } from '@/lib/env';

const FOOTER_LINK = 'inline-flex min-h-6 items-center text-sm font-medium text-slate-700 underline underline-offset-4';

/** On every page: where to write for help (the messages about a failed order say "contact support"), and the accessibility statement. */
export async function SiteFooter() {
  const [t, findOrder] = await Promise.all([getTranslations('accessibility'), getTranslations('findOrder')]);
  const { supportEmail } = getEnv();
  return (
    <footer className="mt-10 border-t border-slate-200 bg-white">
      <div className="mx-auto flex w-full max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-4">
        <p className="text-sm text-slate-700">
          {t.rich('footerHelp', { address: supportEmail, email: supportEmailTag(supportEmail, 'font-medium') })}
        </p>
        <nav aria-label={t('footerLabel')} className="flex flex-wrap gap-x-6 gap-y-2">
          {/* On every page: a prefetch would make the server render these pages for each page view. */}
          <Link href="/find-order" prefetch={false} className={FOOTER_LINK}>
            {findOrder('footerLink')}
          </Link>
          <Link href="/accessibility" prefetch={false} className={FOOTER_LINK}>
            {t('footerLink')}
          </Link>
        </nav>
      </div>
    </footer>
  );
}
