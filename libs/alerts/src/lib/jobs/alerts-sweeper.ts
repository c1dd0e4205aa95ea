import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '@casetrail/config';
import { JobName, JobsService } from '@casetrail/jobs';
import { DataSource } from 'typeorm';
import { DigestBuilder } from '../deliveries/digest-builder';
import { AlertMatcher } from '../matching/alert-matcher';

const CONSUMER = 'alerts';
/** Events older than this are assumed committed: the consumer position may pass them. */
const POSITION_HORIZON_SECONDS = 600;

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
    @InjectDataSource() private readonly dataSource: DataSource,
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
    await this.advancePosition();
    return { recoveredEvents, wokenLanes, digests };
  }

  /** Events above the position with no processed marker, old enough that their job should have run. */
  async recoverMissedEvents(graceSeconds = this.config.alerts.sweepIntervalSeconds): Promise<number> {
    const missed = (await this.dataSource.query(
      `SELECT e.id FROM domain_events e
       WHERE e.id > coalesce((SELECT position FROM alert_consumer_positions WHERE consumer = $1), 0)
         AND NOT EXISTS (SELECT 1 FROM alert_processed_events p WHERE p.event_id = e.id)
         AND e.occurred_at < now() - make_interval(secs => $2)
       ORDER BY e.id LIMIT 500`,
      [CONSUMER, graceSeconds],
    )) as { id: string }[];
    let recovered = 0;
    for (const { id } of missed) if (!(await this.matcher.matchEvent(id)).skipped) recovered += 1;
    if (recovered > 0) this.logger.warn(`matched ${recovered} event(s) whose match job had not run`);
    return recovered;
  }

  /** Subscriptions whose head delivery is overdue while no live lane holds them: enqueue a send job. */
  async wakeStalledLanes(stallSeconds = this.config.alerts.sweepIntervalSeconds): Promise<number> {
    const stalled = (await this.dataSource.query(
      `SELECT DISTINCT d.subscription_id FROM alert_deliveries d JOIN alert_subscriptions s ON s.id = d.subscription_id
       WHERE d.status = 'pending' AND d.channel <> 'feed' AND d.next_attempt_at <= now() - make_interval(secs => $1)
         AND (s.lane_until IS NULL OR s.lane_until < now()) AND (s.status = 'active' OR d.kind = 'test')
       LIMIT 500`,
      [stallSeconds],
    )) as { subscription_id: string }[];
    await this.jobs.sendMany(
      JobName.AlertsDeliver,
      stalled.map((s) => ({ subscriptionId: s.subscription_id })),
    );
    return stalled.length;
  }

  /** Moves the low-water mark up to just below the oldest unprocessed event (never past recent events). */
  private async advancePosition(): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO alert_consumer_positions (consumer, position)
       SELECT $1, least(
         coalesce((SELECT min(e.id) - 1 FROM domain_events e
                   WHERE e.id > coalesce((SELECT position FROM alert_consumer_positions WHERE consumer = $1), 0)
                     AND NOT EXISTS (SELECT 1 FROM alert_processed_events p WHERE p.event_id = e.id)),
                  (SELECT coalesce(max(id), 0) FROM domain_events)),
         (SELECT coalesce(max(id), 0) FROM domain_events WHERE occurred_at < now() - make_interval(secs => $2)))
       ON CONFLICT (consumer) DO UPDATE SET position = greatest(alert_consumer_positions.position, EXCLUDED.position), updated_at = now()`,
      [CONSUMER, POSITION_HORIZON_SECONDS],
    );
  }
}
