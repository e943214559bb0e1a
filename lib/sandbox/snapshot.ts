import { iccidFor } from '@/lib/sandbox/activation';
import type { AccountRole } from '@/lib/sandbox/accounts';
import type { MalformedKind } from '@/lib/sandbox/answers';
import type { Body } from '@/lib/sandbox/fields';
import { fromMinorUnits } from '@/lib/sandbox/money';
import { orderDeadline, settleTimeouts } from '@/lib/sandbox/order-lifecycle';
import { ORDER_PAY_STATUS } from '@/lib/sandbox/orders';
import { payPalSnapshotOf, type PayPalSnapshot } from '@/lib/sandbox/paypal/snapshot';
import type { Localized } from '@/lib/sandbox/types';
import type { OrderPayStatus, ProfileState, SandboxOrder, SandboxOrderStatus, SandboxState, Scenario, ScenarioKind } from '@/lib/sandbox/records';

export type PaymentReportSnapshot = { receivedAt: string; code: number; body: Body; acceptLanguage: string | null };

/**
 * One order as the staff console sees it. Never the activation code or QR: they install the eSIM,
 * and a snapshot ends up in logs and browser tabs.
 */
export type OrderSnapshot = {
  id: number;
  orderNo: string;
  status: SandboxOrderStatus;
  orderPayStatus: OrderPayStatus;
  accountEmail: string;
  partnerCode: string;
  packageId: number;
  packageCode: string;
  packageName: Localized;
  /** The pre-order's `Accept-Language` as received (null without one). */
  acceptLanguage: string | null;
  currency: string;
  money: number;
  packageNum: number;
  periodNum: number;
  profile: ProfileState;
  /** Only once the profile is issued. */
  iccid: string | null;
  createdAt: string;
  /** The timeout deadline while the order is reserved. */
  expiresAt: string | null;
  paidAt: string | null;
  closedAt: string | null;
  reports: PaymentReportSnapshot[];
};

export type ForcedCodeSnapshot = { path: string; code: number; remaining: number };

/**
 * One scenario in force, for a banner: `code` with kind code, `ms` with latency (path `*` = every
 * endpoint), `malformedKind` with malformed; `remaining` null = until cleared.
 */
export type ScenarioSnapshot = {
  kind: ScenarioKind;
  path: string;
  code?: number;
  ms?: number;
  malformedKind?: MalformedKind;
  remaining: number | null;
};

export type SandboxSnapshot = {
  now: string;
  preOrderTimeoutMinutes: number;
  /** `free` is the pool; `reserved` and `issued` are held by orders. */
  profilePool: { free: number; reserved: number; issued: number };
  /** The `code` scenarios alone, as before scenarios had other kinds. */
  forcedCodes: ForcedCodeSnapshot[];
  /** Every scenario in force, in the order they were set. */
  scenarios: ScenarioSnapshot[];
  accounts: { email: string; role: AccountRole; partnerCode: string }[];
  orders: OrderSnapshot[];
  /** The PayPal stand-in's orders, captures and refunds. */
  paypal: PayPalSnapshot;
};

export function scenarioSnapshot(scenario: Scenario): ScenarioSnapshot {
  const { kind, path, remaining } = scenario;
  switch (scenario.kind) {
    case 'code':
      return { kind, path, code: scenario.code, remaining };
    case 'latency':
      return { kind, path, ms: scenario.ms, remaining };
    case 'timeout':
      return { kind, path, remaining };
    case 'malformed':
      return { kind, path, malformedKind: scenario.malformedKind, remaining };
  }
}

const isoOrNull = (date: Date | undefined) => (date ? date.toISOString() : null);

function orderSnapshot(state: SandboxState, order: SandboxOrder): OrderSnapshot {
  return {
    id: order.id,
    orderNo: order.orderNo,
    status: order.status,
    orderPayStatus: ORDER_PAY_STATUS[order.status],
    accountEmail: order.accountEmail,
    partnerCode: order.partnerCode,
    packageId: order.packageId,
    packageCode: order.packageCode,
    packageName: { zh: order.packageName.zh, en: order.packageName.en },
    acceptLanguage: order.acceptLanguage,
    currency: order.currency,
    money: fromMinorUnits(order.moneyMinor, order.digits),
    packageNum: order.packageNum,
    periodNum: order.periodNum,
    profile: order.profile,
    iccid: order.profile === 'issued' ? iccidFor(state.seed, order.id) : null,
    createdAt: order.createdAt.toISOString(),
    expiresAt: order.status === 'reserved' ? orderDeadline(state, order).toISOString() : null,
    paidAt: isoOrNull(order.paidAt),
    closedAt: isoOrNull(order.closedAt),
    // Copies: a caller changing the snapshot must not change the sandbox.
    reports: order.reports.map((report) => ({
      receivedAt: report.receivedAt.toISOString(),
      code: report.code,
      body: structuredClone(report.body),
      acceptLanguage: report.acceptLanguage,
    })),
  };
}

/** What the shop's banner shows on every page: cheap, without the orders. */
export type BannerSnapshot = Pick<SandboxSnapshot, 'preOrderTimeoutMinutes' | 'scenarios'> & { freeProfiles: number };

export function bannerOf(state: SandboxState): BannerSnapshot {
  // Due releases first, so an emptied pool refilled by timed-out orders is not announced as empty.
  settleTimeouts(state, state.now());
  return {
    preOrderTimeoutMinutes: state.settings.preOrderTimeoutMinutes,
    scenarios: state.scenarios.map(scenarioSnapshot),
    freeProfiles: state.profilePool.free,
  };
}

/** The whole sandbox as plain JSON data, timeouts evaluated as of `now()`. */
export function snapshotOf(state: SandboxState): SandboxSnapshot {
  const now = state.now();
  settleTimeouts(state, now);
  const orders = [...state.orders.values()].sort((a, b) => a.id - b.id);
  const held = (profile: ProfileState) => orders.filter((order) => order.profile === profile).length;
  return {
    now: now.toISOString(),
    preOrderTimeoutMinutes: state.settings.preOrderTimeoutMinutes,
    profilePool: { free: state.profilePool.free, reserved: held('reserved'), issued: held('issued') },
    forcedCodes: state.scenarios.flatMap((scenario) =>
      scenario.kind === 'code' ? [{ path: scenario.path, code: scenario.code, remaining: scenario.remaining }] : [],
    ),
    scenarios: state.scenarios.map(scenarioSnapshot),
    accounts: [...state.accounts.values()].map(({ email, role, partnerCode }) => ({ email, role, partnerCode })),
    orders: orders.map((order) => orderSnapshot(state, order)),
    paypal: payPalSnapshotOf(state.paypal),
  };
}
