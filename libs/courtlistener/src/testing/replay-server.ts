import fs from 'node:fs';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import { attorneyJson, docketEntryJson, docketJson, EntrySpec, isoAt, partyJson } from './v4-fixtures';

/** A fault the replay answers with instead of the real answer, for the next `times` matching requests. */
export interface ReplayFault {
  match: (path: string) => boolean;
  kind: 'rate_limit' | 'server_error' | 'malformed_json' | 'wrong_shape';
  retryAfterSeconds?: number;
  times: number;
}

export interface ReplayDocket {
  id: number;
  docket: Record<string, unknown>;
  entries: EntrySpec[];
  parties: Record<string, unknown>[];
  attorneys: Record<string, unknown>[];
}

export interface ReplayRequest {
  path: string;
  at: number;
  headers: http.IncomingHttpHeaders;
}

export const PAGE_SIZE = 20;
const V4 = '/api/rest/v4';

/**
 * A local HTTP server that answers like CourtListener's REST API v4 and its storage, from dockets
 * held in memory: cursor pages ordered by `date_modified` (`next`, `previous`, `count` as a URL),
 * `date_modified__gte` filters, token authentication, Last-Modified / If-Modified-Since, and PDFs
 * served from files of the shared corpus by path. It can be scripted to answer 429 with
 * Retry-After, 5xx, malformed JSON, or to die after a number of entry pages and come back.
 */
export class CourtListenerReplay {
  readonly dockets = new Map<number, ReplayDocket>();
  /** `filepath_local` → a file on disk (a corpus PDF). */
  readonly storage = new Map<string, string>();
  readonly requests: ReplayRequest[] = [];
  readonly faults: ReplayFault[] = [];
  token = 'test-token';
  private server: http.Server;
  private port = 0;
  private entryPagesLeft: number | null = null;

  private constructor() {
    this.server = this.createServer();
  }

  static async start(): Promise<CourtListenerReplay> {
    const replay = new CourtListenerReplay();
    await replay.listen(0);
    return replay;
  }

  get baseUrl(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get storageUrl(): string {
    return `${this.baseUrl}/storage`;
  }

  addDocket(id: number, entries: EntrySpec[], docketOverrides: Record<string, unknown> = {}): ReplayDocket {
    const docket: ReplayDocket = {
      id,
      // Each docket its own case: the docket number is derived from the id.
      docket: docketJson(id, { docket_number: `1:24-cv-${String(id % 100_000).padStart(5, '0')}`, ...docketOverrides }),
      entries,
      parties: [
        partyJson(11, id, 'The New York Times Company', 'Plaintiff', [{ id: 21, role: 2 }]),
        partyJson(12, id, 'Microsoft Corporation', 'Defendant', [{ id: 22, role: 1 }]),
        partyJson(13, id, 'OpenAI, Inc.', 'Defendant', [{ id: 22, role: 2 }]),
      ],
      attorneys: [
        attorneyJson(21, 'Ian Crosby', 'Susman Godfrey L.L.P.\n1201 Third Avenue, Suite 3800\nSeattle, WA 98101'),
        attorneyJson(
          22,
          'Annette L. Hurst',
          'Orrick, Herrington & Sutcliffe LLP\n405 Howard Street\nSan Francisco, CA 94105',
        ),
      ],
    };
    this.dockets.set(id, docket);
    return docket;
  }

  /** Adds an entry and marks the docket modified (its `date_modified` moves to the entry's). */
  addEntry(docketId: number, entry: EntrySpec): void {
    const docket = this.dockets.get(docketId);
    if (!docket) throw new Error(`no docket ${docketId}`);
    docket.entries.push(entry);
    docket.docket.date_modified = isoAt(entry.modifiedAt);
  }

  /** The server closes itself once it has answered `pages` more docket-entry pages (until `up()`). */
  dieAfterEntryPages(pages: number): void {
    this.entryPagesLeft = pages;
  }

  async down(): Promise<void> {
    this.server.closeAllConnections();
    if (this.server.listening) await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  async up(): Promise<void> {
    this.entryPagesLeft = null;
    this.server = this.createServer();
    await this.listen(this.port);
  }

  async stop(): Promise<void> {
    await this.down();
  }

  count(pathPrefix: string): number {
    return this.requests.filter((r) => r.path.startsWith(pathPrefix)).length;
  }

  private async listen(port: number): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, '127.0.0.1', () => resolve());
    });
    this.port = (this.server.address() as AddressInfo).port;
  }

  private createServer(): http.Server {
    return http.createServer((request, response) => this.handle(request, response));
  }

  private handle(request: http.IncomingMessage, response: http.ServerResponse): void {
    const url = new URL(request.url ?? '/', this.baseUrl);
    this.requests.push({ path: url.pathname + url.search, at: Date.now(), headers: request.headers });
    if (url.pathname.startsWith('/storage/')) return this.serveFile(url.pathname.slice('/storage/'.length), response);
    if (request.headers.authorization !== `Token ${this.token}`) {
      return json(response, 401, { detail: 'Invalid token.' });
    }
    const fault = this.faults.find((f) => f.times > 0 && f.match(url.pathname + url.search));
    if (fault) {
      fault.times -= 1;
      if (fault.kind === 'rate_limit') {
        response.writeHead(429, {
          'Content-Type': 'application/json',
          'Retry-After': String(fault.retryAfterSeconds ?? 1),
        });
        response.end(JSON.stringify({ detail: 'Request was throttled. Expected available in 1 second.' }));
      } else if (fault.kind === 'server_error') {
        response.writeHead(502, { 'Content-Type': 'text/html' }).end('<h1>502 Bad Gateway</h1>');
      } else if (fault.kind === 'malformed_json') {
        response
          .writeHead(200, { 'Content-Type': 'application/json' })
          .end('{"count": "…", "next": null, "results": [{"id": 1,');
      } else {
        json(response, 200, { next: null, previous: null, results: 'not a list' });
      }
      return;
    }
    const docketMatch = new RegExp(`^${V4}/dockets/(\\d+)/$`).exec(url.pathname);
    if (docketMatch) return this.serveDocket(Number(docketMatch[1]), request, response);
    const docketId = Number(url.searchParams.get('docket'));
    const docket = this.dockets.get(docketId);
    if (url.pathname === `${V4}/docket-entries/`) {
      if (!docket) return json(response, 200, this.page(url, []));
      return this.serveEntries(url, docket, response);
    }
    if (url.pathname === `${V4}/parties/`) return json(response, 200, this.page(url, docket?.parties ?? []));
    if (url.pathname === `${V4}/attorneys/`) return json(response, 200, this.page(url, docket?.attorneys ?? []));
    json(response, 404, { detail: 'Not found.' });
  }

  private serveDocket(id: number, request: http.IncomingMessage, response: http.ServerResponse): void {
    const docket = this.dockets.get(id);
    if (!docket) return json(response, 404, { detail: 'No Docket matches the given query.' });
    const modified = new Date(String(docket.docket.date_modified));
    const lastModified = new Date(Math.floor(modified.getTime() / 1000) * 1000).toUTCString();
    const since = request.headers['if-modified-since'];
    if (since && Date.parse(since) >= Date.parse(lastModified)) {
      response.writeHead(304, { 'Last-Modified': lastModified }).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': 'application/json', 'Last-Modified': lastModified });
    response.end(JSON.stringify(docket.docket));
  }

  private serveEntries(url: URL, docket: ReplayDocket, response: http.ServerResponse): void {
    if (this.entryPagesLeft !== null) {
      if (this.entryPagesLeft <= 0) {
        void this.down();
        response.socket?.destroy();
        return;
      }
      this.entryPagesLeft -= 1;
    }
    const since = url.searchParams.get('date_modified__gte');
    const rows = docket.entries
      .map((spec) => docketEntryJson(docket.id, spec))
      .filter((e) => !since || Date.parse(e.date_modified) >= Date.parse(since))
      .sort((a, b) => a.date_modified.localeCompare(b.date_modified) || a.id - b.id);
    json(response, 200, this.page(url, rows));
  }

  /** DRF's cursor pagination as CourtListener v4 answers it: opaque `cursor`, `count` a URL with `count=on`. */
  private page(url: URL, rows: unknown[]): Record<string, unknown> {
    const offset = decodeCursor(url.searchParams.get('cursor'));
    const at = (n: number): string => {
      const next = new URL(url.toString());
      next.searchParams.set('cursor', Buffer.from(`o=${n}`).toString('base64url'));
      return next.toString();
    };
    const countUrl = new URL(url.toString());
    countUrl.searchParams.delete('cursor');
    countUrl.searchParams.set('count', 'on');
    return {
      count: countUrl.toString(),
      next: offset + PAGE_SIZE < rows.length ? at(offset + PAGE_SIZE) : null,
      previous: offset > 0 ? at(Math.max(0, offset - PAGE_SIZE)) : null,
      results: rows.slice(offset, offset + PAGE_SIZE),
    };
  }

  private serveFile(filepath: string, response: http.ServerResponse): void {
    const file = this.storage.get(decodeURIComponent(filepath));
    if (!file) {
      response.writeHead(404, { 'Content-Type': 'application/xml' }).end('<Error><Code>NoSuchKey</Code></Error>');
      return;
    }
    const bytes = fs.readFileSync(file);
    response.writeHead(200, { 'Content-Type': 'application/pdf', 'Content-Length': bytes.length }).end(bytes);
  }
}

function decodeCursor(cursor: string | null): number {
  if (!cursor) return 0;
  const match = /^o=(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  return match ? Number(match[1]) : 0;
}

function json(response: http.ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
}
