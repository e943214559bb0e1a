'use client';

import { lazy, type ComponentProps } from 'react';
import type { InstallGuideProps } from '@/components/esim/install-guide';
import type { ResendEsim as EagerResendEsim } from '@/components/esim/resend-esim';

/*
 * The parts of the order page shown only once the eSIM is ready. Imported directly, their code went
 * into the order page's scripts on every view, the unpaid order after the pre-order too; loaded
 * lazily, a page that renders them fetches their chunk (still rendered on the server, so the install
 * steps and the resend form work before and without scripts), and one that does not, never does.
 * React's `lazy`, not `next/dynamic`: that one brought about as much code of its own as it saved.
 * A server component's dynamic import is not split (Next's docs), hence this client file; its
 * exports are components, not the lazy objects, which a server component cannot hand on as such.
 */
const InstallGuide = lazy(() => import('@/components/esim/install-guide').then((module) => ({ default: module.InstallGuide })));
const ResendEsim = lazy(() => import('@/components/esim/resend-esim').then((module) => ({ default: module.ResendEsim })));

export function LazyInstallGuide(props: InstallGuideProps) {
  return <InstallGuide {...props} />;
}

export function LazyResendEsim(props: ComponentProps<typeof EagerResendEsim>) {
  return <ResendEsim {...props} />;
}
