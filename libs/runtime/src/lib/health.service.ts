import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { JobsService, QueueHealth } from '@casetrail/jobs';
import { SearchService } from '@casetrail/search';
import { DataSource } from 'typeorm';
import { isDatabaseUnavailableError } from '@casetrail/database';

export interface ComponentHealth {
  status: 'up' | 'down';
  latencyMs: number;
  error?: string;
}

export interface HealthReport {
  status: 'ok' | 'degraded' | 'down';
  database: ComponentHealth;
  jobs: ComponentHealth & { queues?: QueueHealth[] };
  search: ComponentHealth & { engine: string; backlog: number | null };
}

@Injectable()
export class HealthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobsService,
    private readonly searchService: SearchService,
  ) {}

  async check(): Promise<HealthReport> {
    const database = await probe(() => this.dataSource.query('SELECT 1'));
    let queues: QueueHealth[] | undefined;
    const jobs = await probe(async () => {
      queues = await withTimeout(this.jobs.health(), 3000);
    });
    const searchProbe = await probe(() => this.searchService.engineHealth());
    const backlog = queues ? this.searchService.backlogOf(queues) : null;
    const search = { ...searchProbe, engine: this.searchService.engine, backlog };
    const status =
      database.status === 'down' ? 'down' : jobs.status === 'down' || search.status === 'down' ? 'degraded' : 'ok';
    return { status, database, jobs: { ...jobs, queues }, search };
  }
}

async function probe(fn: () => Promise<unknown>): Promise<ComponentHealth> {
  const started = Date.now();
  try {
    await withTimeout(fn(), 3000);
    return { status: 'up', latencyMs: Date.now() - started };
  } catch (error) {
    return { status: 'down', latencyMs: Date.now() - started, error: describeFailure(error) };
  }
}

/**
 * What a public health report says about a failure: a fixed phrase, never the driver's message,
 * which names hosts, ports, connection URLs or data paths.
 */
export function describeFailure(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (message.startsWith('timed out after')) return 'no answer in time';
  if (isDatabaseUnavailableError(error)) return 'unreachable';
  return 'not working';
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}
