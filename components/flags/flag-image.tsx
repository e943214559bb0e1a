/**
 * A country's round flag, decorative: the country's name is always beside it, so it has no text
 * of its own. Without a flag (a code the flag set lacks) an empty disc of the same size keeps the
 * names aligned. Its size comes from `className` or the `.flag` rules in globals.css. Lazy unless
 * `eager`: a list of a hundred destinations loads only the flags in view.
 */
export function FlagImage({ src, className = '', eager = false }: { src: string | null; className?: string; eager?: boolean }) {
  const classes = `flag ${className}`.trim();
  if (!src) return <span aria-hidden="true" className={`${classes} flag-none`} />;
  // A plain img: the flags are small WebP images, already at their size, at a hashed address
  // (scripts/generate-flag-images.ts); next/image would add its client code to the destination list.
  // eslint-disable-next-line @next/next/no-img-element
  return <img src={src} alt="" loading={eager ? 'eager' : 'lazy'} className={classes} />;
}
