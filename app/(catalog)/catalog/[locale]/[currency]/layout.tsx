import type { Metadata, Viewport } from 'next';
import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import type { ReactNode } from 'react';
import { CachedSiteDocument } from '@/components/layout/cached-site-document';
import { siteMetadata } from '@/components/layout/site-metadata';
import { catalogPreferences } from '@/lib/catalog/catalog-variant';

type Params = { locale: string; currency: string };

/**
 * The catalog pages most visits start on, served from Next's cache: rendered on the first view of
 * each language and currency, then again at most once a minute and whenever staff refresh the
 * catalog or steer the sandbox (`revalidatePath('/', 'layout')` in those routes and actions). Their
 * Content-Security-Policy allows the page's inline scripts by hash
 * (`lib/security/csp-cache-handler.mjs`), as no per-request nonce can be.
 */
export const revalidate = 60;
export const dynamicParams = true;
export function generateStaticParams(): Params[] {
  return [];
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const preferences = catalogPreferences(await params);
  if (!preferences) return {};
  setRequestLocale(preferences.locale);
  return siteMetadata(preferences.locale);
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default async function CatalogLayout({ children, params }: { children: ReactNode; params: Promise<Params> }) {
  const preferences = catalogPreferences(await params);
  if (!preferences) notFound();
  setRequestLocale(preferences.locale);
  return <CachedSiteDocument locale={preferences.locale}>{children}</CachedSiteDocument>;
}
