const TRACKING_PARAM =
  /^(utm_.*|gclid|gbraid|wbraid|dclid|fbclid|msclkid|yclid|igshid|mc_cid|mc_eid|_hsenc|_hsmi|hsctatracking|_ga|_gl|ref_src|spm|usp|trk|entry_point|openaicom[-_].*)$/i;
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
const LOCALE_SEGMENT = /^[a-z]{2}(?:-[a-z]{2})?$/i;

/** A rotating id in a path: a UUID or a long hex string. Stable document ids (Drive, forms) stay. */
function looksVolatile(value: string): boolean {
  UUID.lastIndex = 0;
  return UUID.test(value) || /^[0-9a-f]{24,}$/i.test(value);
}

/** Query values also rotate as long mixed-case tokens (session and click ids). */
function looksVolatileParam(value: string): boolean {
  if (looksVolatile(value)) return true;
  return /^[A-Za-z0-9_-]{20,}$/.test(value) && /[a-z]/.test(value) && /[A-Z]/.test(value) && /\d/.test(value);
}

/** Drops tracking query parameters; leaves the URL otherwise as written. For stored Markdown. */
export function stripTrackingParams(url: string): string {
  const q = url.indexOf('?');
  if (q < 0) return url;
  const hashAt = url.indexOf('#', q);
  const base = url.slice(0, q);
  const query = url.slice(q + 1, hashAt < 0 ? undefined : hashAt);
  const hash = hashAt < 0 ? '' : url.slice(hashAt);
  const kept = query.split('&').filter((pair) => pair !== '' && !TRACKING_PARAM.test(decodeSafe(pair.split('=')[0])));
  return base + (kept.length ? `?${kept.join('&')}` : '') + hash;
}

/**
 * A comparison form of a URL: https, no www, no default port, no locale prefix, no trailing slash,
 * lower-case path, no tracking parameters, sorted query, rotating ids (UUIDs, session tokens) masked. Two links
 * whose canonical forms are equal point to the same thing for a reader of the terms.
 */
export function canonicalUrl(url: string): string {
  const trimmed = url.trim();
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    return trimmed.replace(UUID, ':id').toLowerCase();
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return trimmed.toLowerCase();
  const host = parsed.hostname.toLowerCase().replace(/^www\./, '');
  const segments = parsed.pathname
    .split('/')
    .filter((s) => s !== '')
    .map((s) => (looksVolatile(s) ? ':id' : s.replace(UUID, ':id').toLowerCase()));
  if (segments.length > 0 && LOCALE_SEGMENT.test(segments[0])) segments.shift();
  const params = [...parsed.searchParams.entries()]
    .filter(([k, v]) => !TRACKING_PARAM.test(k) && !looksVolatileParam(v))
    .map(([k, v]) => `${k}=${v}`)
    .sort();
  const path = segments.length ? `/${segments.join('/')}` : '';
  return `https://${host}${path}${params.length ? `?${params.join('&')}` : ''}${parsed.hash}`;
}

function decodeSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
