import type { ProfileState, SandboxOrder, SandboxState } from '@/lib/sandbox/records';

/** Takes one free profile for a new order; an empty pool does not refuse the pre-order, as upstream. */
export function reserveProfile(state: SandboxState): ProfileState {
  if (state.profilePool.free <= 0) return 'none';
  state.profilePool.free -= 1;
  return 'reserved';
}

/** Gives a reserved profile back to the pool; issued or absent profiles stay as they are. */
export function releaseProfile(state: SandboxState, order: SandboxOrder): void {
  if (order.profile !== 'reserved') return;
  order.profile = 'released';
  state.profilePool.free += 1;
}
