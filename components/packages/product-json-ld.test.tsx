import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ProductJsonLd } from '@/components/packages/product-json-ld';
import type { EsimPackage } from '@/lib/linksfield';
import { schemaOrgProduct } from '@/lib/seo/schema-org-product';

const PKG: EsimPackage = {
  id: 1000000,
  code: 'JP-1GB-7D',
  name: 'Japan </script><script>alert(1)</script>',
  shortDescription: '',
  description: 'Data <!-- in Japan',
  dataMb: 1024,
  periodLength: 7,
  periodUnit: 'DAY',
  minPeriods: 1,
  maxPeriods: 1,
  prices: [],
  coverage: [440],
};

describe('ProductJsonLd', () => {
  it('renders one data block that a hostile name cannot leave', () => {
    const html = renderToStaticMarkup(
      <ProductJsonLd pkg={PKG} price={{ currencyId: 6, currency: 'JPY', currencyName: 'Yen', symbol: '¥', digits: 0, amountMinor: 500 }} />,
    );
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html.match(/<\/script>/g)).toHaveLength(1);
    const [, json = ''] = /^<script type="application\/ld\+json">([\s\S]*)<\/script>$/.exec(html) ?? [];
    const data = schemaOrgProduct.parse(JSON.parse(json));
    expect(data.name).toBe(PKG.name);
    expect(data.offers).toMatchObject({ price: '500', priceCurrency: 'JPY' });
  });
});
