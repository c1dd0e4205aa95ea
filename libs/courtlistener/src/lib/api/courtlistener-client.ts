import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig, CourtListenerConfig } from '@casetrail/config';
import { ConditionalValidators, guardedFetch, GuardedResponse, NetError } from '@casetrail/net';
import { DataSource } from 'typeorm';
import { CourtListenerError, CourtListenerErrorCode } from '../courtlistener-error';
import { takeFromBudget } from './request-budget';
import { readAttorney, readDocket, readDocketEntry, readPage, readParty } from './v4-shapes';
import type { V4Attorney, V4Docket, V4DocketEntry, V4Page, V4Party } from './v4-types';

const API_MAX_BYTES = 20 * 1024 * 1024;
export const V4_PREFIX = '/api/rest/v4';

export interface DocketAnswer {
  /** Null on 304 Not Modified. */
  docket: V4Docket | null;
  etag: string | null;
  lastModified: string | null;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Seconds from a Retry-After header (delta-seconds or an HTTP date); null when absent or unreadable. */
export function retryAfterSeconds(header: string | string[] | undefined, now = Date.now()): number | null {
  const value = Array.isArray(header) ? header[0] : header;
  if (!value) return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - now) / 1000));
}

/**
 * CourtListener's REST API v4 with the token, the hourly budget, 429 + Retry-After, retries with
 * exponential backoff on network errors and 5xx, and conditional requests. Every URL it follows
 * (cursor `next` links included) must be on the configured base URL: the token goes nowhere else.
 */
@Injectable()
export class CourtListenerClient {
  private readonly logger = new Logger(CourtListenerClient.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly appConfig: AppConfig,
  ) {}

  private get config(): CourtListenerConfig {
    return this.appConfig.courtListener;
  }

  assertConfigured(): void {
    if (!this.config.token) {
      throw new CourtListenerError(
        CourtListenerErrorCode.NotConfigured,
        'Set COURTLISTENER_TOKEN to follow dockets on CourtListener.',
      );
    }
  }

  docketUrl(docketId: string): string {
    return `${this.config.baseUrl}${V4_PREFIX}/dockets/${docketId}/`;
  }

  async docket(docketId: string, conditional: ConditionalValidators = {}): Promise<DocketAnswer> {
    const response = await this.apiGet(this.docketUrl(docketId), conditional);
    if (response.notModified) return { docket: null, etag: response.etag, lastModified: response.lastModified };
    if (response.status === 404) {
      throw new CourtListenerError(CourtListenerErrorCode.DocketNotFound, `CourtListener has no docket ${docketId}.`, {
        docketId,
      });
    }
    return {
      docket: readDocket(parseJson('docket', response)),
      etag: response.etag,
      lastModified: response.lastModified,
    };
  }

  async entriesPage(url: string): Promise<V4Page<V4DocketEntry>> {
    return readPage('docket entries page', parseJson('docket entries page', await this.apiGet(url)), readDocketEntry);
  }

  async parties(docketId: string): Promise<V4Party[]> {
    return this.all(`${this.config.baseUrl}${V4_PREFIX}/parties/?docket=${docketId}`, 'parties page', readParty);
  }

  async attorneys(docketId: string): Promise<V4Attorney[]> {
    return this.all(`${this.config.baseUrl}${V4_PREFIX}/attorneys/?docket=${docketId}`, 'attorneys page', readAttorney);
  }

  /** The first page of entries: every one (backfill), or those modified since `modifiedSince`, oldest change first. */
  entriesUrl(docketId: string, modifiedSince: string | null): string {
    const since = modifiedSince ? `&date_modified__gte=${encodeURIComponent(modifiedSince)}` : '';
    return `${this.config.baseUrl}${V4_PREFIX}/docket-entries/?docket=${docketId}&order_by=date_modified${since}`;
  }

  /**
   * A RECAP PDF from CourtListener's storage (no token: storage is public), within the upload limit;
   * null when the storage says it has no such file (404, 410), which retrying would not change.
   */
  async download(filepathLocal: string): Promise<Buffer | null> {
    const url = `${this.config.storageUrl}/${filepathLocal.replace(/^\/+/, '')}`;
    const response = await this.withRetries(url, () =>
      guardedFetch(url, {
        allowPrivate: this.appConfig.allowPrivateTargets,
        timeoutMs: this.config.timeoutMs,
        maxBytes: this.appConfig.upload.maxBytes,
      }),
    );
    if (response.status === 404 || response.status === 410) return null;
    if (response.status !== 200) {
      throw new CourtListenerError(
        CourtListenerErrorCode.Unavailable,
        `CourtListener's storage answered HTTP ${response.status} for ${filepathLocal}.`,
        { status: response.status, filepathLocal },
      );
    }
    return response.body;
  }

  private async all<T>(first: string, what: string, item: Parameters<typeof readPage<T>>[2]): Promise<T[]> {
    const results: T[] = [];
    for (let url: string | null = first; url;) {
      const page: V4Page<T> = readPage(what, parseJson(what, await this.apiGet(url)), item);
      results.push(...page.results);
      url = page.next;
    }
    return results;
  }

  private assertOwnUrl(url: string): void {
    if (!url.startsWith(`${this.config.baseUrl}/`)) {
      throw new CourtListenerError(
        CourtListenerErrorCode.MalformedResponse,
        `CourtListener pointed to ${url}, outside ${this.config.baseUrl}; the token is not sent there.`,
        { url },
      );
    }
  }

  private async apiGet(url: string, conditional?: ConditionalValidators): Promise<GuardedResponse> {
    this.assertConfigured();
    this.assertOwnUrl(url);
    const response = await this.withRetries(url, async () => {
      await takeFromBudget(this.dataSource.manager, this.config.hourlyBudget);
      return guardedFetch(url, {
        allowPrivate: this.appConfig.allowPrivateTargets,
        timeoutMs: this.config.timeoutMs,
        maxBytes: API_MAX_BYTES,
        headers: { authorization: `Token ${this.config.token ?? ''}`, accept: 'application/json' },
        conditional,
      });
    });
    if (response.status === 401 || response.status === 403) {
      throw new CourtListenerError(
        CourtListenerErrorCode.Unauthorized,
        `CourtListener refused the token (HTTP ${response.status}).`,
        { status: response.status },
      );
    }
    if (response.status !== 200 && response.status !== 304 && response.status !== 404) {
      throw new CourtListenerError(
        CourtListenerErrorCode.Unavailable,
        `CourtListener answered HTTP ${response.status} for ${url}.`,
        { status: response.status, url },
      );
    }
    return response;
  }

  /** Network errors and 5xx: exponential backoff; 429: the Retry-After it asks for, when not too long. */
  private async withRetries(url: string, attempt: () => Promise<GuardedResponse>): Promise<GuardedResponse> {
    const { maxRetries, retryBaseMs, maxRetryAfterSeconds } = this.config;
    for (let retry = 0; ; retry += 1) {
      let failure: string;
      let waitMs = retryBaseMs * 2 ** retry;
      try {
        const response = await attempt();
        if (response.status === 429) {
          const seconds = retryAfterSeconds(response.headers['retry-after']) ?? Math.ceil(waitMs / 1000);
          if (seconds > maxRetryAfterSeconds) {
            throw new CourtListenerError(
              CourtListenerErrorCode.RateLimited,
              `CourtListener asks to wait ${seconds} s (more than ${maxRetryAfterSeconds} s); the sync is retried later.`,
              { retryAfterSeconds: seconds },
            );
          }
          waitMs = seconds * 1000;
          failure = `HTTP 429, Retry-After ${seconds} s`;
        } else if (response.status >= 500) {
          failure = `HTTP ${response.status}`;
        } else {
          return response;
        }
      } catch (error) {
        if (!(error instanceof NetError)) throw error;
        failure = `${error.code}: ${error.message}`;
      }
      if (retry >= maxRetries) {
        throw new CourtListenerError(
          CourtListenerErrorCode.Unavailable,
          `CourtListener did not answer ${url} after ${retry + 1} attempts (${failure}).`,
          { url, attempts: retry + 1, lastFailure: failure },
        );
      }
      this.logger.warn(`${url}: ${failure}; retrying in ${waitMs} ms`);
      await sleep(waitMs);
    }
  }
}

function parseJson(what: string, response: GuardedResponse): unknown {
  try {
    return JSON.parse(response.body.toString('utf8')) as unknown;
  } catch (error) {
    throw new CourtListenerError(
      CourtListenerErrorCode.MalformedResponse,
      `CourtListener's ${what} is not JSON (${error instanceof Error ? error.message : String(error)}).`,
      { what, url: response.url },
    );
  }
}
