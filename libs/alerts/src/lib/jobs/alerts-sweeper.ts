import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@casetrail/config';
import { JobName, JobsService } from '@casetrail/jobs';
import { DigestBuilder } from '../deliveries/digest-builder';
import { AlertMatcher } from '../matching/alert-matcher';
import { AlertsSweeperRepository } from './alerts-sweeper.repository';

const CONSUMER = 'alerts';
/** Events older than this are assumed committed: the consumer position may pass them. */
const POSITION_HORIZON_SECONDS = 600;
/** Events recovered and lanes woken per sweep at most. */
const SWEEP_BATCH = 500;

export interface SweepReport {
  recoveredEvents: number;
  wokenLanes: number;
  digests: number;
}

/**
 * The safety net behind the jobs, run by every worker on a timer (all of it is safe to run
 * concurrently): matches events whose match job was lost, wakes lanes whose deliveries are overdue
 * (a killed worker's, a lost retry job's), and builds the digests whose period closed. It reads
 * the event log above a consumer position, so nothing recorded is ever left unmatched.
 */
@Injectable()
export class AlertsSweeper implements OnApplicationShutdown {
  private readonly logger = new Logger(AlertsSweeper.name);
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;
  private stopped = false;

  constructor(
    private readonly repository: AlertsSweeperRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly matcher: AlertMatcher,
    private readonly digests: DigestBuilder,
    private readonly jobs: JobsService,
  ) {}

  start(): void {
    if (this.timer || this.stopped) return;
    const schedule = () => {
      this.timer = setTimeout(() => {
        this.running = this.sweep()
          .catch((error: unknown) =>
            this.logger.warn(`alert sweep failed: ${error instanceof Error ? error.message : String(error)}`),
          )
          .finally(() => {
            this.running = null;
            if (!this.stopped) schedule();
          });
      }, this.config.alerts.sweepIntervalSeconds * 1000);
      this.timer.unref();
    };
    schedule();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  async sweep(now: Date = new Date()): Promise<SweepReport> {
    const recoveredEvents = await this.recoverMissedEvents();
    const wokenLanes = await this.wakeStalledLanes();
    const digests = await this.digests.buildDue(now);
    await this.repository.advancePosition(CONSUMER, POSITION_HORIZON_SECONDS);
    return { recoveredEvents, wokenLanes, digests };
  }

  /** Events above the position with no processed marker, old enough that their job should have run. */
  async recoverMissedEvents(graceSeconds = this.config.alerts.sweepIntervalSeconds): Promise<number> {
    const missed = await this.repository.unprocessedEventIds(CONSUMER, graceSeconds, SWEEP_BATCH);
    let recovered = 0;
    for (const id of missed) if (!(await this.matcher.matchEvent(id)).skipped) recovered += 1;
    if (recovered > 0) this.logger.warn(`matched ${recovered} event(s) whose match job had not run`);
    return recovered;
  }

  /** Subscriptions whose head delivery is overdue while no live lane holds them: enqueue a send job. */
  async wakeStalledLanes(stallSeconds = this.config.alerts.sweepIntervalSeconds): Promise<number> {
    const stalled = await this.repository.stalledLanes(stallSeconds, SWEEP_BATCH);
    await this.jobs.sendMany(
      JobName.AlertsDeliver,
      stalled.map((subscriptionId) => ({ subscriptionId })),
    );
    return stalled.length;
  }
}
