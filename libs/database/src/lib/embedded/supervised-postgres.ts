import { ChildProcess } from 'node:child_process';
import { isAlive, readPostmasterPid, removePostmasterPid } from './cluster-files';
import { PostgresLaunch, spawnPostgres, stopPostgres } from './postgres-process';

export interface SupervisionOptions {
  clusterDir: string;
  log: (message: string) => void;
  /** Delays between restart attempts; after the last one fails, `onGiveUp` is called. */
  restartDelaysMs?: readonly number[];
  onGiveUp?: (error: Error) => void;
}

/** About 2.5 minutes of attempts: a server that cannot come back by then needs a person. */
export const DEFAULT_RESTART_DELAYS_MS: readonly number[] = [
  500, 1000, 2000, 4000, 8000, 15000, 30000, 30000, 30000, 30000,
];

/**
 * The embedded server as owned by this process: restarted on the same port (so every pool's URL
 * stays valid) with growing delays when it dies, and stopped on request.
 */
export class SupervisedPostgres {
  private child: ChildProcess | null = null;
  private stopping = false;
  private restartTimer: NodeJS.Timeout | null = null;
  private attempt = 0;
  private readonly delays: readonly number[];

  constructor(
    private readonly launch: PostgresLaunch,
    private readonly options: SupervisionOptions,
  ) {
    this.delays = options.restartDelaysMs ?? DEFAULT_RESTART_DELAYS_MS;
  }

  get pid(): number | null {
    return this.child?.pid ?? null;
  }

  async start(): Promise<void> {
    this.watch(await spawnPostgres(this.launch));
  }

  async stop(): Promise<void> {
    this.stopping = true;
    if (this.restartTimer) clearTimeout(this.restartTimer);
    const pid = this.child?.pid;
    if (pid !== undefined && isAlive(pid)) await stopPostgres(pid);
  }

  private watch(child: ChildProcess): void {
    this.child = child;
    child.once('exit', (code, signal) => {
      if (this.stopping || this.child !== child) return;
      this.options.log(`the embedded PostgreSQL exited unexpectedly (${signal ?? `code ${code}`}); restarting it`);
      this.scheduleRestart();
    });
  }

  private scheduleRestart(): void {
    const delay = this.delays[this.attempt];
    if (delay === undefined) {
      const error = new Error(`the embedded PostgreSQL could not be restarted after ${this.attempt} attempts`);
      this.options.log(error.message);
      this.options.onGiveUp?.(error);
      return;
    }
    this.attempt += 1;
    this.restartTimer = setTimeout(() => void this.restart(), delay);
    this.restartTimer.unref();
  }

  private async restart(): Promise<void> {
    if (this.stopping) return;
    // A server killed with SIGKILL leaves its pid file; the server refuses to start while it names a live process.
    const stale = readPostmasterPid(this.options.clusterDir);
    if (stale && !isAlive(stale.pid)) removePostmasterPid(this.options.clusterDir);
    try {
      const child = await spawnPostgres(this.launch);
      if (this.stopping) {
        await stopPostgres(child.pid ?? -1);
        return;
      }
      this.watch(child);
      this.options.log(`the embedded PostgreSQL is back (attempt ${this.attempt})`);
      this.attempt = 0;
    } catch (error) {
      this.options.log(
        `restarting the embedded PostgreSQL failed: ${error instanceof Error ? error.message : String(error)}`,
      );
      this.scheduleRestart();
    }
  }
}
