import { describe, expect, it } from 'vitest';
import { jsonLdScriptText } from '@/lib/seo/json-ld-script';
import { productJsonLd } from '@/lib/seo/product-json-ld';
import { schemaOrgProduct } from '@/lib/seo/schema-org-product';

const PKG = { id: 1000000, name: 'Japan 1GB 7 Days', description: '1 GB of data in Japan for 7 days.', shortDescription: '1 GB, 7 days' };

describe('productJsonLd', () => {
  it('is a schema.org Product with an Offer at the price the page shows', () => {
    const data = schemaOrgProduct.parse(productJsonLd(PKG, { currency: 'USD', digits: 2, amountMinor: 499 }));
    expect(data).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Product',
      name: 'Japan 1GB 7 Days',
      description: '1 GB of data in Japan for 7 days.',
      sku: '1000000',
      offers: { '@type': 'Offer', price: '4.99', priceCurrency: 'USD', availability: 'https://schema.org/InStock' },
    });
  });

  it("writes the price with the currency's own digits, exactly", () => {
    const price = (currency: string, digits: number, amountMinor: number) =>
      schemaOrgProduct.parse(productJsonLd(PKG, { currency, digits, amountMinor })).offers.price;
    expect(price('JPY', 0, 500)).toBe('500');
    expect(price('HKD', 2, 3899)).toBe('38.99');
    expect(price('USD', 2, 5)).toBe('0.05');
    expect(price('KWD', 3, 12345)).toBe('12.345');
    // 0.1 + 0.2 style drift cannot happen: the string is built from integers.
    expect(price('EUR', 2, 30)).toBe('0.30');
  });

  it('falls back to the short description, then the name', () => {
    expect(productJsonLd({ ...PKG, description: '' }, undefined).description).toBe('1 GB, 7 days');
    expect(productJsonLd({ ...PKG, description: '', shortDescription: '' }, undefined).description).toBe('Japan 1GB 7 Days');
  });

  it('offers nothing without a price, which the schema then refuses', () => {
    const data = productJsonLd(PKG, undefined);
    expect(data).not.toHaveProperty('offers');
    expect(schemaOrgProduct.safeParse(data).success).toBe(false);
  });

  it('the schema refuses a price with a symbol or a misspelt field', () => {
    const good = productJsonLd(PKG, { currency: 'USD', digits: 2, amountMinor: 499 });
    expect(schemaOrgProduct.safeParse({ ...good, offers: { ...good.offers, price: '$4.99' } }).success).toBe(false);
    expect(schemaOrgProduct.safeParse({ ...good, pricecurrency: 'USD' }).success).toBe(false);
  });
});

describe('jsonLdScriptText', () => {
  const hostile = { ...PKG, name: 'Japan </script><script>alert(1)</script>', description: '<!-- a <b>bold</b> claim' };

  it('leaves no `<` in the text, so nothing can close the script element', () => {
    const text = jsonLdScriptText(productJsonLd(hostile, { currency: 'USD', digits: 2, amountMinor: 499 }));
    expect(text).not.toContain('<');
    expect(text).not.toMatch(/<\/script/i);
    expect(text).toContain('\\u003c/script>');
  });

  it('reads back as the same data', () => {
    const data = productJsonLd(hostile, { currency: 'USD', digits: 2, amountMinor: 499 });
    expect(schemaOrgProduct.parse(JSON.parse(jsonLdScriptText(data)))).toEqual(data);
  });
});
