import type { ReactNode } from 'react';
import { ClientMessages } from '@/components/i18n/client-messages';

/** The order form's texts. */
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages part="package">{children}</ClientMessages>;
}
