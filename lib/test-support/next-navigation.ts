/**
 * `next/navigation` for the server actions' tests: Next's own `redirect` throws an error only its
 * router reads, so the tests mock it with one that says where it was sent.
 * Use: `const { Redirected, navigationMock } = await vi.hoisted(() => import(...))`, then
 * `vi.mock('next/navigation', () => navigationMock)`: one copy of the class even across `vi.resetModules`.
 */
export class Redirected extends Error {
  constructor(readonly to: string) {
    super(`redirect ${to}`);
  }
}

export const navigationMock = {
  redirect: (to: string): never => {
    throw new Redirected(to);
  },
};
