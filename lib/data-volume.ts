/** A data volume in MB for people: 500 MB, 1 GB, 1.5 GB. Unlimited (null) is worded by the caller. */
export function formatDataVolume(mb: number, locale: string): string {
  const gigabytes = mb >= 1024;
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: gigabytes ? 'gigabyte' : 'megabyte',
    unitDisplay: 'short',
    maximumFractionDigits: 1,
  }).format(gigabytes ? mb / 1024 : mb);
}
