'use server';

import { redirect } from 'next/navigation';

/**
 * The shop's pre-order round trip with nothing of the shop: the same call to the sandbox (URL, token
 * and body from the benchmark), then a redirect whose page comes back in the action's answer.
 */
export async function preOrder(): Promise<void> {
  const response = await fetch(`${process.env.BARE_SANDBOX_URL}/v1.1/package/preOrderPackage`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-access-token': process.env.BARE_SANDBOX_TOKEN ?? '', 'accept-language': 'en-US' },
    body: process.env.BARE_PREORDER_BODY,
  });
  const envelope = (await response.json()) as { code: number; data?: { orderNo?: string } };
  if (envelope.code !== 0) throw new Error(`pre-order refused: ${envelope.code}`);
  redirect(`/order/done?no=${encodeURIComponent(envelope.data?.orderNo ?? '')}`);
}
