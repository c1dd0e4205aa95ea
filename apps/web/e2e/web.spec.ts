import { corpusPath, startLocalHttpServer, LocalHttpServer } from '@casetrail/testing';
import fs from 'node:fs';
import { Browser, BrowserContext, Page } from 'playwright-core';
import { AXE_SOURCE, launchChromium, Site, startSite } from './harness';

interface AxeResult {
  violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[];
}

describe('the web app in Chromium, against the real API', () => {
  let site: Site;
  let browser: Browser;
  let context: BrowserContext;
  const problems: string[] = [];

  beforeAll(async () => {
    [site, browser] = await Promise.all([startSite(), launchChromium()]);
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await site?.stop();
  });

  beforeEach(async () => {
    problems.length = 0;
    context = await browser.newContext({ baseURL: site.baseUrl, viewport: { width: 1280, height: 900 } });
    context.on('console', (message) => {
      // CSP violations and script errors are bugs; 404s of API reads are the pages' own error states.
      if (message.type() === 'error' && !/status of 404/.test(message.text())) problems.push(message.text());
    });
    context.on('weberror', (error) => problems.push(String(error.error())));
  });

  afterEach(async () => {
    await context.close();
    expect(problems).toEqual([]);
  });

  const open = async (path: string, page?: Page): Promise<Page> => {
    const tab = page ?? (await context.newPage());
    await tab.goto(path);
    await tab.locator('main h1').first().waitFor();
    await tab
      .locator('.state-loading')
      .first()
      .waitFor({ state: 'detached', timeout: 20_000 })
      .catch(() => undefined);
    return tab;
  };

  const api = async <T>(path: string): Promise<T> => (await (await fetch(`${site.baseUrl}${path}`)).json()) as T;

  it('searches from the home page and opens the filing at the page that matched, query highlighted', async () => {
    const page = await open('/');
    await page.getByRole('searchbox', { name: /search cases/i }).fill('fair use');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\?q=fair(\+|%20)use/);
    const first = page
      .locator('.hit')
      .filter({ has: page.locator('.tag', { hasText: 'filing' }) })
      .first();
    // The results arrive after the URL changes: wait for the first filing hit's highlights.
    await first.locator('.snippet mark').first().waitFor();
    const marks = await first.locator('.snippet mark').allTextContents();
    expect(marks.map((m) => m.toLowerCase())).toEqual(expect.arrayContaining(['fair', 'use']));

    const link = first.locator('.hit-title a');
    const href = (await link.getAttribute('href')) ?? '';
    const [, documentId, pageNumber] = /\/documents\/([0-9a-f-]+)\?page=(\d+)/.exec(href) ?? [];
    expect(documentId).toBeDefined();
    await link.click();
    await page.waitForURL(new RegExp(`/documents/${documentId}\\?page=${pageNumber}&q=fair`));
    await page.getByRole('heading', { level: 2, name: `Page ${pageNumber}` }).waitFor();

    const expected = await api<{ text: string }>(`/api/v1/documents/${documentId}/pages/${pageNumber}`);
    const shown = (await page.locator('.page-text').textContent()) ?? '';
    const words = (text: string) =>
      text
        .replace(/^\s*\d{1,2}\s*$/gm, '')
        .split(/\s+/)
        .filter(Boolean)
        .join(' ');
    expect(words(shown)).toBe(words(expected.text));
    expect((await page.locator('.page-text mark').allTextContents()).map((m) => m.toLowerCase())).toContain('fair');
    const pdf = page.getByRole('link', { name: `Open the PDF at page ${pageNumber}` });
    expect(await pdf.getAttribute('href')).toBe(`/api/v1/documents/${documentId}/file#page=${pageNumber}`);
  });

  it('shows the Bartz case with its timeline picture and events, in at most 4 API requests, and every export downloads', async () => {
    const page = await context.newPage();
    const apiRequests: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname.startsWith('/api/')) apiRequests.push(`${url.pathname}${url.search}`);
    });
    await open('/cases/bartz-v-anthropic', page);
    await page.waitForLoadState('networkidle');
    expect(apiRequests.length).toBeLessThanOrEqual(4);

    const detail = await api<{ caption: string; events: { title: string }[] }>('/api/v1/cases/bartz-v-anthropic');
    await expect(page.locator('h1').textContent()).resolves.toBe('Bartz v. Anthropic');
    expect(await page.locator('.caption').textContent()).toBe(detail.caption);
    const titles = await page.locator('ol.events .event-title').allTextContents();
    expect(titles).toHaveLength(detail.events.length);
    for (const event of detail.events) expect(titles.some((t) => t.endsWith(event.title))).toBe(true);
    const picture = page.locator('.timeline-figure img');
    await expect(picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).resolves.toBe(true);

    const starts: Record<string, (body: string) => boolean> = {
      pdf: (body) => body.startsWith('%PDF-'),
      csv: (body) => body.split('\n')[0]?.includes('date') === true,
      ics: (body) => body.startsWith('BEGIN:VCALENDAR'),
      md: (body) => body.includes('Order on fair use (ECF 231)'),
      json: (body) => (JSON.parse(body) as { items: unknown[] }).items.length >= detail.events.length,
      svg: (body) => /<svg[\s>]/.test(body),
    };
    const links = page.locator('.exports a');
    expect(await links.count()).toBe(Object.keys(starts).length);
    for (const [format, check] of Object.entries(starts)) {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.locator(`.exports a[href$="format=${format}"]`).click(),
      ]);
      const file = await download.path();
      const body = fs.readFileSync(file, format === 'pdf' ? 'latin1' : 'utf8');
      expect({ format, ok: check(body), name: download.suggestedFilename().endsWith(`.${format}`) }).toEqual({
        format,
        ok: true,
        name: true,
      });
    }
  });

  it('shows the ChatGPT Commercial Terms change of 2025-05-31 word by word', async () => {
    const page = await open('/tos/chatgpt/commercial-terms/diff?from=2025-05-28&to=2025-05-31');
    await page.locator('ol.changes').waitFor();
    const inserted = page.locator('.change-modified ins', { hasText: 'except for a Permitted Exception,' });
    await expect(inserted.count()).resolves.toBe(1);
    const clause = inserted.locator('xpath=ancestor::li[1]');
    await expect(clause.locator('del').allTextContents()).resolves.toEqual(
      expect.arrayContaining([expect.stringContaining('(as defined below)')]),
    );
    await clause.getByRole('link', { name: /History/ }).click();
    await page.waitForURL(/\/clauses\//);
    await page.locator('.clause-history > li').first().waitFor();
    const history = await page.locator('.clause-history > li').allTextContents();
    expect(history.length).toBeGreaterThanOrEqual(2);
    expect(history.some((entry) => entry.includes('except for a Permitted Exception,'))).toBe(true);
  });

  describe('following a case', () => {
    let receiver: LocalHttpServer;
    const received: { body: string }[] = [];

    beforeAll(async () => {
      receiver = await startLocalHttpServer((request, response) => {
        let body = '';
        request.on('data', (chunk: Buffer) => (body += chunk.toString()));
        request.on('end', () => {
          received.push({ body });
          response.writeHead(204).end();
        });
      });
    });

    afterAll(() => receiver.close());

    it('creates a webhook subscription with a pasted key and shows its delivery', async () => {
      const key = (await site.cli(['keys', 'create', '--name', 'browser', '--scope', 'ingest'])).trim();
      const page = await open('/cases/bartz-v-anthropic');
      await page.getByRole('link', { name: 'Follow this case' }).click();
      await page.waitForURL(/\/follow\?/);
      await page.getByLabel('API key', { exact: true }).fill(key);
      await page.getByRole('button', { name: 'Use this key' }).click();
      await expect(page.getByLabel('Case (slug or id)').inputValue()).resolves.toBe('bartz-v-anthropic');
      await page.getByLabel('Webhook URL').fill(`${receiver.url}/hook`);
      await page.getByRole('button', { name: 'Follow', exact: true }).click();
      await page.getByRole('link', { name: 'See this subscription and its deliveries' }).click();
      await page.getByRole('button', { name: 'Send a test delivery' }).click();
      const row = page.locator('tr[data-delivery-status="delivered"]');
      await row.waitFor({ timeout: 30_000 });
      await expect(row.textContent()).resolves.toContain('subscription.test');
      await expect(row.textContent()).resolves.toContain('HTTP 204');
      expect(received).toHaveLength(1);
      expect(received[0]?.body).toContain('subscription.test');

      // The key stays in this tab: in sessionStorage, never in the URL or localStorage.
      const stored = await page.evaluate(() => ({
        session: Object.values(sessionStorage),
        local: Object.values(localStorage),
        url: location.href,
      }));
      expect(stored.session).toContain(key);
      expect(JSON.stringify(stored.local)).not.toContain(key);
      expect(stored.url).not.toContain(key);
    });
  });

  it('renders data as text: markup in a case caption never becomes HTML', async () => {
    const key = (await site.cli(['keys', 'create', '--name', 'markup', '--scope', 'ingest'])).trim();
    const caption = 'Zyxwv & "Quoted" <b>Bold</b> <img src=x> Sons <3 v. Quux';
    const created = await fetch(`${site.baseUrl}/api/v1/cases`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ caption, shortName: caption, court: 'nysd' }),
    });
    expect(created.status).toBe(201);
    const { slug } = (await created.json()) as { slug: string };
    const page = await open(`/cases/${slug}`);
    await expect(page.locator('h1').textContent()).resolves.toBe(caption);
    await expect(page.locator('main b, main img:not(.timeline-figure img)').count()).resolves.toBe(0);

    await page.goto('/search?q=zyxwv&kind=case');
    await page.locator('.hit').first().waitFor({ timeout: 30_000 });
    await expect(page.locator('.snippet mark').first().textContent()).resolves.toMatch(/zyxwv/i);
    await expect(page.locator('.snippet b, .snippet img').count()).resolves.toBe(0);
    await expect(page.locator('.hit-title').first().textContent()).resolves.toBe(caption);
    // The engine escapes the snippet (&amp; &quot; &lt;) and marks the match: the reader sees the characters.
    const snippet = (await page.locator('.snippet').first().textContent()) ?? '';
    expect(snippet).toContain('Zyxwv & "Quoted"');
    expect(snippet).toContain('Sons <3 v. Quux');
  });

  it('shows the next hearing that a PACER docket report sets, on the case page', async () => {
    const key = (await site.cli(['keys', 'create', '--name', 'hearing', '--scope', 'ingest'])).trim();
    // A real N.D. Cal. report (ECF 6: "Initial Case Management Conference set for 12/8/2023 02:00 PM"), its
    // conference moved to 2099 so that it is ahead whenever this runs.
    const html = fs
      .readFileSync(corpusPath('pacer', 'dockets', 'cand_7.html'), 'utf8')
      .replace('set for 12/8/2023', 'set for 12/8/2099');
    const imported = await fetch(`${site.baseUrl}/api/v1/pacer/dockets`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'text/html' },
      body: html,
    });
    expect(imported.status).toBe(200);
    const { case: found } = (await imported.json()) as { case: { slug: string } };
    const page = await open(`/cases/${found.slug}`);
    const next = (await page.locator('.next-hearing').textContent()) ?? '';
    expect(next).toContain('Initial Case Management Conference');
    expect(next).toContain('2099');
    expect(next).toContain('14:00 (America/Los_Angeles)');
    expect(next).toContain('ECF 6');
  });

  it('answers unknown paths with the not-found page and HTTP 404, known pages with 200 and a CSP without inline scripts', async () => {
    const page = await context.newPage();
    const missing = await page.goto('/no/such/page');
    expect(missing?.status()).toBe(404);
    await page.getByRole('heading', { name: 'Page not found' }).waitFor();
    const known = await page.goto('/cases/bartz-v-anthropic');
    expect(known?.status()).toBe(200);
    const csp = known?.headers()['content-security-policy'] ?? '';
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).not.toContain('unsafe-inline');
    const apiMissing = await fetch(`${site.baseUrl}/api/v1/no-such-route`);
    expect(apiMissing.status).toBe(404);
    expect(((await apiMissing.json()) as { error: { code: string } }).error.code).toBe('route_not_found');
  });

  it('is usable with the keyboard: skip link, then the search form', async () => {
    const page = await open('/');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Skip to content');
    await page.keyboard.press('Enter');
    let focused = '';
    for (let i = 0; i < 20 && focused !== 'site-search'; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.id ?? '');
    }
    expect(focused).toBe('site-search');
    await page.keyboard.type('settlement');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\?q=settlement/);
    await page.locator('.hit').first().waitFor();
  });

  const pages = [
    '/',
    '/search?q=fair%20use',
    '/search?q=antrhopic%20setlement&kind=case',
    '/cases',
    '/cases/bartz-v-anthropic',
    '/cases/in-re-openai-copyright-mdl-3143',
    '/tos',
    '/tos/chatgpt/commercial-terms',
    '/tos/chatgpt/commercial-terms?asOf=2025-06-01',
    '/tos/chatgpt/commercial-terms/diff?from=2025-05-28&to=2025-05-31',
    '/tos/chatgpt/commercial-terms/clauses/use-output-as-defined-below-to-1aed31',
    '/follow',
    '/follow/subscriptions',
    '/no-such-page',
  ];

  /** Serious and critical axe-core violations on the page as it is now. */
  const axeProblems = async (page: Page, label: string): Promise<string[]> => {
    await page.evaluate(AXE_SOURCE);
    const result = (await page.evaluate(() =>
      (window as unknown as { axe: { run(options: object): Promise<unknown> } }).axe.run({
        resultTypes: ['violations'],
      }),
    )) as AxeResult;
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${label}: ${v.id} (${v.impact}) at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  };

  it('has no serious or critical axe-core violations on any page (desktop), nor on the main pages at 390 px, and nothing wider than a phone', async () => {
    const documents = await api<{ items: { id: string }[] }>('/api/v1/cases/bartz-v-anthropic/documents');
    const filing = `/documents/${documents.items[0]?.id}?page=2&q=copyright`;
    const phoneAxe = new Set([
      '/',
      '/search?q=fair%20use',
      '/cases/bartz-v-anthropic',
      filing,
      '/tos/chatgpt/commercial-terms',
      '/follow',
    ]);
    const found: string[] = [];
    for (const width of [1280, 390]) {
      const page = await context.newPage();
      await page.setViewportSize({ width, height: 860 });
      for (const path of [...pages, filing]) {
        await open(path, page);
        await page.waitForLoadState('networkidle');
        if (width > 390 || phoneAxe.has(path)) found.push(...(await axeProblems(page, `${width}px ${path}`)));
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        if (overflow > 0) found.push(`${width}px ${path}: ${overflow}px wider than the window`);
      }
      await page.close();
    }
    expect(found).toEqual([]);
  }, 240_000);

  it('prints the case page without the site chrome, forms or buttons', async () => {
    const page = await open('/cases/bartz-v-anthropic');
    await page.emulateMedia({ media: 'print' });
    const hidden = await page.evaluate(() =>
      ['.site-header', '.site-footer', '.exports', '.filters'].map((selector) => {
        const element = document.querySelector(selector);
        return element ? getComputedStyle(element).display : 'none';
      }),
    );
    expect(hidden).toEqual(['none', 'none', 'none', 'none']);
    await expect(page.locator('ol.events').isVisible()).resolves.toBe(true);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('shows on the docket which motions an order decides and which order decided a motion, linked both ways', async () => {
    const key = (await site.cli(['keys', 'create', '--name', 'docket', '--scope', 'ingest'])).trim();
    const imported = (await (
      await fetch(`${site.baseUrl}/api/v1/pacer/dockets`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'text/html' },
        body: fs.readFileSync(corpusPath('pacer', 'dockets', 'vaed.html'), 'utf8'),
      })
    ).json()) as { case: { slug: string } };
    const page = await open(`/cases/${imported.case.slug}`);
    await page.getByText('Docket entries', { exact: true }).first().click();
    const order = page.locator('tbody tr', { hasText: 'ORDER granting 13 Motion for Extension of Time to Answer' });
    await order.waitFor();
    await expect(order.locator('.motion-links').textContent()).resolves.toContain('Decides No. 13: granted');
    await order.getByRole('link', { name: 'No. 13' }).click();
    await page.waitForURL(/#entry-/);
    const motion = page.locator(`tr[id="${new URL(page.url()).hash.slice(1)}"]`);
    const text = (await motion.locator('.motion-links').textContent()) ?? '';
    expect(text).toContain('Motion type: extension');
    expect(text).toContain('granted by No. 15');
    expect(await axeProblems(page, 'docket with rulings')).toEqual([]);
  });
});
