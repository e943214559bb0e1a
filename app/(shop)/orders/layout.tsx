import type { ReactNode } from 'react';
import { ClientMessages } from '@/components/i18n/client-messages';
import { QueryProvider } from '@/components/query/query-provider';

/** Texts of the order page's client parts; React Query for its status poller, only here. */
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages part="order"><QueryProvider>{children}</QueryProvider></ClientMessages>;
}
