import { Injectable, OnModuleInit } from '@nestjs/common';
import { EventsService } from '@casetrail/events';
import { JobName, JobsService } from '@casetrail/jobs';

/**
 * Enqueues the match job of every recorded event inside the transaction that records it: an event
 * never commits without its job (and the sweep covers a job lost later).
 */
@Injectable()
export class MatchOnRecord implements OnModuleInit {
  constructor(
    private readonly events: EventsService,
    private readonly jobs: JobsService,
  ) {}

  onModuleInit(): void {
    this.events.onRecorded(async (events, manager) => {
      await this.jobs.send(JobName.AlertsMatch, { eventIds: events.map((e) => e.id) }, { manager });
    });
  }
}
