import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { ClientMessages } from '@/components/i18n/client-messages';
import { QueryProvider } from '@/components/query/query-provider';
import { StaffNav } from '@/components/staff/staff-nav';
import { isStaff } from '@/lib/staff';

export const metadata: Metadata = { robots: { index: false, follow: false } };

/** The console's frame. Every page and action below checks the staff session itself. */
export default async function StaffLayout({ children }: { children: ReactNode }) {
  return (
    <ClientMessages part="staff">
      <QueryProvider>
        <div className="space-y-6">
          {(await isStaff()) ? <StaffNav /> : null}
          {children}
        </div>
      </QueryProvider>
    </ClientMessages>
  );
}
