import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import type { ReactNode } from 'react';
import { ClientMessages } from '@/components/i18n/client-messages';
import { catalogPreferences } from '@/lib/catalog/catalog-variant';

/** The order form's texts, in the copy's language. */
export default async function CachedPackageLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string; currency: string }>;
}) {
  const preferences = catalogPreferences(await params);
  if (!preferences) notFound();
  setRequestLocale(preferences.locale);
  return <ClientMessages part="package">{children}</ClientMessages>;
}
