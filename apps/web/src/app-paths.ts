/**
 * Every page of the web app. The router builds its routes from these paths, and the build writes them
 * to routes.json so that the API process answers unknown paths with the not-found page and HTTP 404.
 */
export const APP_PATHS = [
  '/',
  '/search',
  '/cases',
  '/cases/$slug',
  '/documents/$id',
  '/tos',
  '/tos/$service/$type',
  '/tos/$service/$type/diff',
  '/tos/$service/$type/clauses/$key',
  '/follow',
  '/follow/subscriptions',
  '/follow/subscriptions/$id',
] as const;

export type AppPath = (typeof APP_PATHS)[number];

/** A path pattern as an anchored regular expression source: `$param` matches one path segment. */
export function pathPattern(path: string): string {
  const body = path
    .split('/')
    .map((segment) => (segment.startsWith('$') ? '[^/]+' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
  return `^${body === '' ? '/' : body}/?$`;
}
