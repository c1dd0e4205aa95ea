/** Hides the password (and credential-like query parameters) of a URL for logs and /health. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return redactQuerySecrets(parsed.toString());
  } catch {
    return '***';
  }
}

/** Query parameters whose values are credentials (API keys sent by mistake, feed tokens). */
const SECRET_QUERY_PARAMETERS = new Set([
  'key',
  'api_key',
  'apikey',
  'api-key',
  'token',
  'access_token',
  'feed_token',
  'secret',
  'password',
]);

export function isSecretQueryParameter(name: string): boolean {
  return SECRET_QUERY_PARAMETERS.has(name.trim().toLowerCase());
}

/** Request headers whose values are credentials. */
export const SECRET_HEADERS = ['authorization', 'cookie', 'x-api-key', 'proxy-authorization'] as const;

/**
 * A request URL (absolute or `/path?query`) with the values of credential-like query parameters
 * replaced by `***`, for logs. Everything else is kept as sent.
 */
export function redactQuerySecrets(url: string): string {
  const queryAt = url.indexOf('?');
  if (queryAt === -1) return url;
  const hashAt = url.indexOf('#', queryAt);
  const query = url.slice(queryAt + 1, hashAt === -1 ? undefined : hashAt);
  const redacted = query
    .split('&')
    .map((pair) => {
      const eq = pair.indexOf('=');
      const rawName = eq === -1 ? pair : pair.slice(0, eq);
      let name: string;
      try {
        name = decodeURIComponent(rawName.replace(/\+/g, ' '));
      } catch {
        name = rawName;
      }
      return eq !== -1 && isSecretQueryParameter(name) ? `${rawName}=***` : pair;
    })
    .join('&');
  return `${url.slice(0, queryAt)}?${redacted}${hashAt === -1 ? '' : url.slice(hashAt)}`;
}
