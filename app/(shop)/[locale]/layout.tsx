import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { isLocale } from '@/lib/i18n/locales';

/**
 * The catalog pages rendered per request (a sorted view, a retry, a currency without cached copies),
 * under their language's address. Any other first segment is no page of the shop.
 */
export default async function LanguageLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  if (!isLocale((await params).locale)) notFound();
  return children;
}
