import type { EsimPackage, Price } from '@/lib/linksfield';
import { minorToDecimalString } from '@/lib/money';

/** schema.org `Product` with one `Offer`, as search engines read it from a package page. */
export type ProductJsonLd = {
  '@context': 'https://schema.org';
  '@type': 'Product';
  name: string;
  description: string;
  sku: string;
  offers?: {
    '@type': 'Offer';
    price: string;
    priceCurrency: string;
    availability: 'https://schema.org/InStock';
  };
};

type Described = Pick<EsimPackage, 'id' | 'name' | 'description' | 'shortDescription'>;

/**
 * The package as a schema.org Product, offered at `price`: the price the page shows, in its
 * currency. The amount is a decimal string built from minor units with the currency's own digits
 * (¥500, not 500.00; 4.99, never 4.9899999), as schema.org recommends over a JSON number.
 */
export function productJsonLd(pkg: Described, price: Pick<Price, 'currency' | 'digits' | 'amountMinor'> | undefined): ProductJsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'Product',
    name: pkg.name,
    description: pkg.description || pkg.shortDescription || pkg.name,
    sku: String(pkg.id),
    // The catalog lists only packages on sale; one without a price is not offered.
    ...(price
      ? {
          offers: {
            '@type': 'Offer' as const,
            price: minorToDecimalString(price.amountMinor, price.digits),
            priceCurrency: price.currency,
            availability: 'https://schema.org/InStock' as const,
          },
        }
      : {}),
  };
}
