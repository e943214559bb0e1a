import { describe, expect, it } from 'vitest';

import { sandboxOptionsFromEnv } from '@/lib/sandbox/env-options';

describe('sandbox options from the environment', () => {
  it('leaves out what is unset or blank', () => {
    expect(sandboxOptionsFromEnv({})).toEqual({});
    expect(sandboxOptionsFromEnv({ SANDBOX_CATALOG_SIZE: ' ', SANDBOX_PROFILE_POOL: '' })).toEqual({});
  });

  it('reads the catalog size, the profile pool and the pre-order timeout', () => {
    expect(
      sandboxOptionsFromEnv({ SANDBOX_CATALOG_SIZE: 'large', SANDBOX_PROFILE_POOL: '5', SANDBOX_PREORDER_TIMEOUT_MINUTES: '10' }),
    ).toEqual({ catalogSize: 'large', profilePoolSize: 5, preOrderTimeoutMinutes: 10 });
    expect(sandboxOptionsFromEnv({ SANDBOX_CATALOG_SIZE: 'default' })).toEqual({ catalogSize: 'default' });
  });

  it('refuses an unknown catalog size, naming the variable and the choices', () => {
    expect(() => sandboxOptionsFromEnv({ SANDBOX_CATALOG_SIZE: 'huge' })).toThrow(
      /SANDBOX_CATALOG_SIZE must be default or large/,
    );
    // Every bad variable is named at once, not only the first.
    const both = () => sandboxOptionsFromEnv({ SANDBOX_CATALOG_SIZE: 'LARGE', SANDBOX_PROFILE_POOL: '1e3' });
    expect(both).toThrow(/SANDBOX_PROFILE_POOL must be a whole number/);
    expect(both).toThrow(/SANDBOX_CATALOG_SIZE must be default or large/);
  });
});
