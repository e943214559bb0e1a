import { describe, expect, it } from 'vitest';
import { splitSmokeArgs } from './smoke-args';

describe('splitSmokeArgs', () => {
  it('takes the base URL in either spelling and passes everything else to Playwright', () => {
    expect(splitSmokeArgs(['--base-url', 'https://shop.example', '--grep', '@orders'])).toEqual({
      baseUrl: 'https://shop.example',
      playwrightArgs: ['--grep', '@orders'],
    });
    expect(splitSmokeArgs(['--headed', '--base-url=http://127.0.0.1:3150'])).toEqual({ baseUrl: 'http://127.0.0.1:3150', playwrightArgs: ['--headed'] });
    expect(splitSmokeArgs([])).toEqual({ baseUrl: undefined, playwrightArgs: [] });
  });

  it('refuses a --base-url without its address', () => {
    expect(() => splitSmokeArgs(['--base-url'])).toThrow(/needs the shop address/);
    expect(() => splitSmokeArgs(['--base-url', '--headed'])).toThrow(/needs the shop address/);
  });
});
