import type { NextFunction, Request, Response } from 'express';
import { static as serveStatic } from 'express';
import fs from 'node:fs';
import path from 'node:path';

/** What the web pages may load: only this origin's scripts, styles, pictures and API; no inline scripts. */
export const WEB_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Paths the API process answers itself; everything else outside them belongs to the web app. */
const SERVER_PATHS = /^\/(api|docs|docs-json|health)(\/|$)/;

function workspaceRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'nx.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
  return dir;
}

export interface WebBuild {
  dir: string;
  /** index.html, read again when a rebuild replaced it (the assets it names change with each build). */
  indexHtml(): string;
  patterns: RegExp[];
}

/** The built web app (dist/apps/web), or null when it was not built: the API then serves no pages. */
export function loadWebBuild(dir = path.join(workspaceRoot(), 'dist/apps/web')): WebBuild | null {
  const index = path.join(dir, 'index.html');
  const manifest = path.join(dir, 'routes.json');
  if (!fs.existsSync(index) || !fs.existsSync(manifest)) return null;
  const { patterns } = JSON.parse(fs.readFileSync(manifest, 'utf8')) as { patterns: string[] };
  let cached = { mtimeMs: -1, html: '' };
  const indexHtml = () => {
    const mtimeMs = fs.statSync(index, { throwIfNoEntry: false })?.mtimeMs ?? cached.mtimeMs;
    if (mtimeMs !== cached.mtimeMs) cached = { mtimeMs, html: fs.readFileSync(index, 'utf8') };
    return cached.html;
  };
  return { dir, indexHtml, patterns: patterns.map((p) => new RegExp(p)) };
}

function sendPage(response: Response, html: string, status: number): void {
  response
    .status(status)
    .setHeader('Content-Security-Policy', WEB_CONTENT_SECURITY_POLICY)
    .setHeader('Content-Type', 'text/html; charset=utf-8')
    .setHeader('Cache-Control', 'no-cache')
    .send(html);
}

/** Where the middleware goes: the Nest application, or a bare express app in tests. */
export interface WebHost {
  use(handler: (request: Request, response: Response, next: NextFunction) => void): unknown;
}

/**
 * Serves the web app at `/`: hashed assets with a long cache, index.html for every page of the app,
 * and index.html with HTTP 404 for any other path outside the API (the app shows its not-found page).
 */
export function serveWebApp(app: WebHost, build: WebBuild | null = loadWebBuild()): void {
  if (!build) return;
  const assets = serveStatic(build.dir, {
    index: false,
    fallthrough: true,
    setHeaders: (response, file) => {
      response.setHeader('Content-Security-Policy', WEB_CONTENT_SECURITY_POLICY);
      if (file.includes(`${path.sep}assets${path.sep}`)) {
        response.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
      }
    },
  });
  app.use((request: Request, response: Response, next: NextFunction) => {
    if ((request.method !== 'GET' && request.method !== 'HEAD') || SERVER_PATHS.test(request.path)) return next();
    if (request.path === '/index.html' || request.path === '/routes.json') {
      return sendPage(response, build.indexHtml(), 404);
    }
    assets(request, response, () => {
      if (request.path.startsWith('/assets/')) {
        response.status(404).type('text/plain').send('Not found');
        return;
      }
      const known = build.patterns.some((pattern) => pattern.test(request.path));
      sendPage(response, build.indexHtml(), known ? 200 : 404);
    });
  });
}
