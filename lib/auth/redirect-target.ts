/**
 * The path on this site that a `from` or callback target names, or `fallback` when it names anything else.
 *
 * The target is resolved as a browser would resolve it (`new URL(target, origin)`: backslashes read as slashes,
 * tabs and newlines dropped, dot segments removed) and kept only when it lands on `origin`. Only the path, query and
 * fragment are returned, never a host, so following the result cannot leave the site. A path that would start with
 * `//` (from `/.//evil.example`) is refused as well: a browser reads it as another host.
 */
export function sameOriginPath(target: string | null | undefined, origin: string, fallback = '/'): string {
  if (!target) return fallback;
  let url: URL;
  let base: URL;
  try {
    base = new URL(origin);
    url = new URL(target, base);
  } catch {
    return fallback;
  }
  if (url.origin !== base.origin || url.pathname.startsWith('//')) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
