import { z } from 'zod';

/**
 * What the shop promises search engines about a package page's schema.org Product, checked by the
 * unit test of `productJsonLd` and by the e2e test on the served page. Strict: a misspelt field
 * (`pricecurrency`) would be ignored by a search engine, so it fails here.
 */
export const schemaOrgProduct = z.strictObject({
  '@context': z.literal('https://schema.org'),
  '@type': z.literal('Product'),
  name: z.string().min(1),
  description: z.string().min(1),
  sku: z.string().regex(/^\d+$/),
  offers: z.strictObject({
    '@type': z.literal('Offer'),
    // schema.org: a decimal with `.`, no currency symbol, no thousands separator.
    price: z.string().regex(/^\d+(\.\d+)?$/),
    priceCurrency: z.string().regex(/^[A-Z]{3}$/),
    availability: z.literal('https://schema.org/InStock'),
  }),
});

export type SchemaOrgProduct = z.infer<typeof schemaOrgProduct>;
