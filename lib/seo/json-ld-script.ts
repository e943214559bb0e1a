/**
 * The text of a `<script type="application/ld+json">`. Every `<` becomes `\u003c`, which JSON reads
 * as the same character, so a provider's text holding `</script>` or `<!--` cannot end the element
 * early or inject markup.
 */
export function jsonLdScriptText(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
