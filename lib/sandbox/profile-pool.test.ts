import { describe, expect, it } from 'vitest';

import { DEFAULT_PREORDER_TIMEOUT_MINUTES, DEFAULT_PROFILE_POOL_SIZE } from '@/lib/sandbox/state';
import { createSandbox } from '@/lib/sandbox/sandbox';
import { DOC_PRE_ORDER, testClock, webhookBody } from '@/lib/test-support/sandbox-calls';
import { sandboxForSuite } from '@/lib/test-support/sandbox-suite';

const MINUTE_MS = 60 * 1000;

describe('profile pool and pre-order timeout', () => {
  const clock = testClock('2026-12-05T03:14:50.958Z');
  const sandbox = sandboxForSuite({ now: clock.now, profilePoolSize: 3, preOrderTimeoutMinutes: 10 }, { reset: true, login: true });

  const control = () => sandbox.server.sandbox.control;
  const pool = () => control().snapshot().profilePool;
  const order = (id: number) => sandbox.server.sandbox.state.orders.get(id);
  const report = (id: number, type = 'payment_intent.succeeded') =>
    sandbox.call('/v1.1/payment/webhook', webhookBody(id, { type }), { token: sandbox.token });

  it('defaults to 10000 profiles and a 60-minute timeout', () => {
    expect([DEFAULT_PROFILE_POOL_SIZE, DEFAULT_PREORDER_TIMEOUT_MINUTES]).toEqual([10_000, 60]);
    const snapshot = createSandbox().control.snapshot();
    expect(snapshot.profilePool).toEqual({ free: 10_000, reserved: 0, issued: 0 });
    expect(snapshot.preOrderTimeoutMinutes).toBe(60);
  });

  it('refuses option values out of range when the sandbox is created', () => {
    expect(() => createSandbox({ profilePoolSize: -1 })).toThrow(/profilePoolSize/);
    expect(() => createSandbox({ preOrderTimeoutMinutes: 1.5 })).toThrow(/preOrderTimeoutMinutes/);
    expect(() => createSandbox({ profilePoolSize: 0, preOrderTimeoutMinutes: 0 })).not.toThrow();
  });

  it('reserves one profile per pre-order, whatever packageNum, and issues it on payment', async () => {
    expect(pool()).toEqual({ free: 3, reserved: 0, issued: 0 });
    const id = await sandbox.preOrder(sandbox.token);
    await sandbox.preOrder(sandbox.token, { ...DOC_PRE_ORDER, packageNum: 2, money: 10 });
    expect(pool()).toEqual({ free: 1, reserved: 2, issued: 0 });
    await report(id);
    expect(pool()).toEqual({ free: 1, reserved: 1, issued: 1 });
    expect(order(id)?.profile).toBe('issued');
  });

  it('still takes pre-orders with the pool empty, but without a profile', async () => {
    for (let i = 0; i < 3; i += 1) await sandbox.preOrder(sandbox.token);
    expect(pool().free).toBe(0);
    const id = await sandbox.preOrder(sandbox.token);
    expect(order(id)).toMatchObject({ status: 'reserved', profile: 'none' });
    expect(pool()).toEqual({ free: 0, reserved: 3, issued: 0 });
  });

  it('gives the profile back on a failed payment', async () => {
    const id = await sandbox.preOrder(sandbox.token);
    expect(pool().free).toBe(2);
    await report(id, 'payment_intent.payment_failed');
    expect(pool()).toEqual({ free: 3, reserved: 0, issued: 0 });
    expect(order(id)?.profile).toBe('released');
  });

  it('gives the profile back on a timeout, and a later pre-order can take it', async () => {
    const ids = [await sandbox.preOrder(sandbox.token), await sandbox.preOrder(sandbox.token), await sandbox.preOrder(sandbox.token)];
    expect(pool().free).toBe(0);
    clock.advance(10 * MINUTE_MS + 1);
    // No call touched the orders: the pre-order itself settles the timeouts before reserving.
    const next = await sandbox.preOrder(sandbox.token);
    expect(order(next)?.profile).toBe('reserved');
    expect(ids.map((id) => order(id)?.status)).toEqual(['timed_out', 'timed_out', 'timed_out']);
    expect(pool()).toEqual({ free: 2, reserved: 1, issued: 0 });
  });

  it('gives the profile back when an order is expired by the control, and never twice', async () => {
    const id = await sandbox.preOrder(sandbox.token);
    control().expireOrder(id);
    expect(pool().free).toBe(3);
    control().expireOrder(id);
    clock.advance(60 * MINUTE_MS);
    expect(pool().free).toBe(3);
    expect((await report(id)).body.code).toBe(6006);
    expect(pool().free).toBe(3);
  });

  it('keeps a paid profile when the timeout passes afterwards', async () => {
    const id = await sandbox.preOrder(sandbox.token);
    await report(id);
    clock.advance(11 * MINUTE_MS);
    expect(pool()).toEqual({ free: 2, reserved: 0, issued: 1 });
    expect(order(id)?.status).toBe('paid');
  });

  it('shows the deadline of a reserved order in the snapshot', async () => {
    const id = await sandbox.preOrder(sandbox.token);
    const snapshot = control().snapshot().orders.find((item) => item.id === id);
    expect(snapshot?.expiresAt).toBe(new Date(clock.now().getTime() + 10 * MINUTE_MS).toISOString());
    await report(id);
    expect(control().snapshot().orders.find((item) => item.id === id)?.expiresAt).toBeNull();
  });
});
