import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

export async function SiteFooter() {
  const t = await getTranslations('accessibility');
  return (
    <footer className="mt-10 border-t border-slate-200 bg-white">
      <nav aria-label={t('footerLabel')} className="mx-auto w-full max-w-5xl px-4 py-4">
        {/* On every page: a prefetch would make the server render this page for each page view. */}
        <Link
          href="/accessibility"
          prefetch={false}
          className="inline-flex min-h-6 items-center text-sm font-medium text-slate-700 underline underline-offset-4"
        >
          {t('footerLink')}
        </Link>
      </nav>
    </footer>
  );
}
