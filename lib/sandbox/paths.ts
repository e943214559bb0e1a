/** A request or control path in the form the route map uses: leading slash, no query, no trailing slash. */
export function normalizeSandboxPath(path: string): string {
  const withoutQuery = path.split(/[?#]/, 1)[0] ?? '';
  const trimmed = withoutQuery.replace(/\/+$/, '');
  return trimmed.startsWith('/') ? trimmed : `/${trimmed}`;
}
