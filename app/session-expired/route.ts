import { redirect } from 'next/navigation';
import { safeNextPath } from '@/components/account/account-input';
import { signOutCustomer } from '@/lib/session/customer-session';

export const dynamic = 'force-dynamic';

/**
 * Where a page sends a customer whose provider token was refused (code 7): pages cannot clear
 * cookies while rendering, so this clears the session and asks the customer to sign in again.
 */
export async function GET(request: Request): Promise<never> {
  await signOutCustomer();
  const next = safeNextPath(new URL(request.url).searchParams.get('next'));
  redirect(`/sign-in?expired=1${next ? `&next=${encodeURIComponent(next)}` : ''}`);
}
