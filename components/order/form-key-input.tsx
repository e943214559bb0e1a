'use client';

import { useState, useSyncExternalStore } from 'react';

/** 128 random bits, URL-safe, as the server's order references (`newOrderRef`). */
export function mintFormKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

const noSubscription = () => () => {};

/**
 * The order form's idempotency key: one per form, kept through refusals, so that a double click or
 * a second press after an unanswered pre-order lands on the same order. Minted in the browser, so
 * the page itself is the same for everyone and can be cached. Until the form has hydrated (or with
 * no JavaScript) the form goes without one, and the server answers with a review step and a key of
 * its own (`fromServer`, sent back with every answer after that). Its own component, so that only
 * this input renders again when the key appears after hydration.
 */
export function FormKeyInput({ fromServer }: { fromServer: string | undefined }) {
  const [holder] = useState<{ key?: string }>({});
  // The server's snapshot is '' (and hydration keeps it), the browser's a key minted once per form.
  const minted = useSyncExternalStore(noSubscription, () => (holder.key ??= mintFormKey()), () => '');
  return <input type="hidden" name="idempotencyKey" value={fromServer ?? minted} />;
}
