import { describe, expect, it } from 'vitest';
import { databaseUrlFromEnv, describeDatabaseUrl } from '@/lib/db/config';

describe('DATABASE_URL', () => {
  it('is optional: unset or blank means SQLite', () => {
    expect(databaseUrlFromEnv({})).toBeUndefined();
    expect(databaseUrlFromEnv({ DATABASE_URL: '  ' })).toBeUndefined();
  });

  it('accepts a postgres URL', () => {
    expect(databaseUrlFromEnv({ DATABASE_URL: ' postgresql://shop:secret@db:5432/shop ' })).toBe('postgresql://shop:secret@db:5432/shop');
    expect(databaseUrlFromEnv({ DATABASE_URL: 'postgres://db/shop?sslmode=require' })).toBe('postgres://db/shop?sslmode=require');
  });

  it('refuses anything else with a message naming the variable', () => {
    expect(() => databaseUrlFromEnv({ DATABASE_URL: 'mysql://db/shop' })).toThrow(/^DATABASE_URL: must be a postgres/);
    expect(() => databaseUrlFromEnv({ DATABASE_URL: 'shop.sqlite' })).toThrow(/DATABASE_URL/);
  });

  it('is described without its password', () => {
    expect(describeDatabaseUrl('postgresql://shop:s3cret@db.internal:5432/shop')).toBe('db.internal:5432/shop');
  });
});
