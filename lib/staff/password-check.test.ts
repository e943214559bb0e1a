import { describe, expect, it } from 'vitest';
import { passwordsMatch } from '@/lib/staff/password-check';

describe('passwordsMatch', () => {
  it('matches only the exact password', () => {
    expect(passwordsMatch('sandbox-staff', 'sandbox-staff')).toBe(true);
    expect(passwordsMatch('sandbox-staf', 'sandbox-staff')).toBe(false);
    expect(passwordsMatch('', 'sandbox-staff')).toBe(false);
  });
});
