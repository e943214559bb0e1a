/**
 * `og:type` `product` for a package page: Next's metadata has no such Open Graph type, so the page
 * renders the tag and React places it in the document's head.
 */
export function OpenGraphProductType() {
  return <meta property="og:type" content="product" />;
}
