import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { FormKeyInput, mintFormKey } from '@/components/order/form-key-input';
import { isOrderRef } from '@/lib/store/records';

describe('the order form key', () => {
  it('is minted in the browser with the shape and strength the server accepts, never twice the same', () => {
    const keys = Array.from({ length: 2000 }, mintFormKey);
    for (const key of keys) expect(isOrderRef(key), key).toBe(true);
    expect(new Set(keys).size).toBe(keys.length);
    // Every URL-safe character turns up: the base64 is mapped, not cut short.
    expect(new Set(keys.join(''))).toEqual(new Set('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'));
  });

  it('is empty in the html the server renders (the cached page is the same for everyone)', () => {
    expect(renderToStaticMarkup(<FormKeyInput fromServer={undefined} />)).toBe('<input type="hidden" name="idempotencyKey" value=""/>');
  });

  it("carries the server's key once an answer has sent one (the review step without JavaScript)", () => {
    expect(renderToStaticMarkup(<FormKeyInput fromServer="AbCdEfGhIjKlMnOpQrStUv" />)).toContain('value="AbCdEfGhIjKlMnOpQrStUv"');
  });
});
