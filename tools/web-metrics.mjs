// Measures the web app against a running Casetrail (npm start) with Debian's Chromium:
// the first route's JavaScript (gzip), the API requests of the case page and its time to content
// (median of 5 cold loads), and optionally takes the README/docs screenshots.
//
//   node tools/web-metrics.mjs [http://localhost:3000] [--screenshots docs/images]
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const args = process.argv.slice(2);
const baseUrl = args.find((a) => a.startsWith('http')) ?? 'http://localhost:3000';
const shotsAt = args.includes('--screenshots') ? args[args.indexOf('--screenshots') + 1] : null;
const CASE = '/cases/bartz-v-anthropic';

async function initialJavaScript() {
  const html = await (await fetch(`${baseUrl}/`)).text();
  const urls = [...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="([^"]+\.js)"/g)].map(
    (m) => m[1],
  );
  let raw = 0;
  let gzip = 0;
  for (const url of urls) {
    const body = Buffer.from(await (await fetch(new URL(url, baseUrl))).arrayBuffer());
    raw += body.length;
    gzip += gzipSync(body, { level: 9 }).length;
  }
  return { files: urls.length, raw, gzip };
}

async function caseLoad(browser) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const api = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith('/api/')) api.push(url.pathname + url.search);
  });
  // Records when the case's dated events are on screen (injected through DevTools, not inline: CSP holds).
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (document.querySelector('ol.events li') && document.querySelector('.timeline-figure img')) {
        window.__contentAt = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(`${baseUrl}${CASE}`);
  await page.waitForFunction(() => window.__contentAt !== undefined);
  await page.waitForLoadState('networkidle');
  const contentAt = await page.evaluate(() => window.__contentAt);
  await context.close();
  return { contentAt, api };
}

async function screenshots(browser, dir) {
  fs.mkdirSync(dir, { recursive: true });
  const shots = [
    ['web-home-desktop.png', '/', 1280, false],
    ['web-case-desktop.png', CASE, 1280, false],
    ['web-search-desktop.png', '/search?q=fair%20use', 1280, false],
    ['web-tos-diff-desktop.png', '/tos/chatgpt/commercial-terms/diff?from=2025-05-28&to=2025-05-31', 1280, false],
    ['web-case-phone.png', CASE, 390, false],
    ['web-document-phone.png', null, 390, false],
  ];
  const documents = await (await fetch(`${baseUrl}/api/v1/cases/bartz-v-anthropic/documents`)).json();
  const order = documents.items.find((d) => d.ecfNumber === 231) ?? documents.items[0];
  for (const [file, route, width] of shots) {
    const target = route ?? (order ? `/documents/${order.id}?page=9&q=fair%20use` : null);
    if (!target) continue;
    const page = await browser.newPage({
      viewport: { width, height: width > 600 ? 900 : 844 },
      deviceScaleFactor: width > 600 ? 1 : 2,
    });
    await page.goto(`${baseUrl}${target}`);
    await page.locator('main h1').first().waitFor();
    await page.waitForFunction(() => !document.querySelector('.state-loading'));
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: path.join(dir, file) });
    await page.close();
    console.log(`screenshot ${path.join(dir, file)} (${width} px) of ${target}`);
  }
}

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  const js = await initialJavaScript();
  console.log(
    `initial JavaScript of the first route: ${js.files} file(s), ${(js.raw / 1024).toFixed(1)} KiB, ${(js.gzip / 1024).toFixed(1)} KiB gzip`,
  );
  await caseLoad(browser); // warms the server's caches and the database
  const loads = [];
  for (let i = 0; i < 5; i++) loads.push(await caseLoad(browser));
  const times = loads.map((l) => l.contentAt).sort((a, b) => a - b);
  console.log(`case page ${CASE}: ${loads[0].api.length} API requests: ${loads[0].api.join(', ')}`);
  console.log(
    `case page time to content (events and timeline on screen), 5 cold loads: median ${times[2].toFixed(0)} ms, min ${times[0].toFixed(0)} ms, max ${times[4].toFixed(0)} ms`,
  );
  if (shotsAt) await screenshots(browser, shotsAt);
} finally {
  await browser.close();
}
