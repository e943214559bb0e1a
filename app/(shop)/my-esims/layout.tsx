import type { ReactNode } from 'react';
import { ClientMessages } from '@/components/i18n/client-messages';

/** The eSIM pages show the same client parts as an order page (install guide, copy buttons). */
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages part="order">{children}</ClientMessages>;
}
