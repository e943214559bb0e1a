import type { EsimPackage, Price } from '@/lib/linksfield';
import { jsonLdScriptText } from '@/lib/seo/json-ld-script';
import { productJsonLd } from '@/lib/seo/product-json-ld';

/**
 * The package as schema.org structured data. A data block is never executed, so the page's
 * Content-Security-Policy has nothing to allow (a cached copy's hash list merely includes it).
 */
export function ProductJsonLd({ pkg, price }: { pkg: EsimPackage; price: Price | undefined }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdScriptText(productJsonLd(pkg, price)) }} />;
}
