import { CASES_ENTITIES, Case, CasesModule, SeedService } from '@casetrail/cases';
import { CITATIONS_ENTITIES } from '@casetrail/citations';
import { AlertsConfig, loadConfig } from '@casetrail/config';
import {
  DOCUMENTS_ENTITIES,
  DocumentExtractionService,
  DocumentIngestService,
  DocumentsModule,
  DocumentsService,
} from '@casetrail/documents';
import {
  DocketEntryPayload,
  DocumentCreatedPayload,
  DomainEvent,
  DomainEventType,
  EventsModule,
  EventsService,
} from '@casetrail/events';
import { JobsService } from '@casetrail/jobs';
import { buildPdf, createTestContext, TestContext } from '@casetrail/testing';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ALERTS_ENTITIES } from '../lib/alerts.entities';
import { AlertsModule } from '../lib/alerts.module';
import { AlertDelivery } from '../lib/deliveries/delivery.entity';
import { AlertsJobHandlers } from '../lib/jobs/alerts-job-handlers';
import { AlertsActor } from '../lib/subscriptions/subscription-views';

export const ADMIN: AlertsActor = { keyId: null, admin: true };

/**
 * Alerts over a fresh migrated database with the seeded cases, and (optionally) the worker side
 * running. A filing's stored pages are read by the documents library, as the runtime wires it.
 */
export interface AlertsKit {
  ctx: TestContext;
  dataSource: DataSource;
  events: EventsService;
  caseBySlug(slug: string): Promise<Case>;
  /** Records a `document.created` event the way the documents lib will, with its page texts inline. */
  recordDocument(
    caseId: string | null,
    payload: Partial<DocumentCreatedPayload> & { pages?: string[] },
  ): Promise<DomainEvent>;
  /**
   * Uploads a PDF of these pages and extracts it, as the API and the worker do: the documents lib
   * stores the pages and records `document.created` without them. Returns that event.
   */
  ingestFiling(pages: string[], caseSlug?: string): Promise<DomainEvent>;
  /** Records a `docket_entry.created` event shaped as the PACER import records it. */
  recordDocketEntry(caseId: string, entry: Partial<DocketEntryPayload['entry']>): Promise<DomainEvent>;
  deliveriesOf(subscriptionId: string): Promise<AlertDelivery[]>;
  isProcessed(eventId: string): Promise<boolean>;
  close(): Promise<void>;
}

export async function createAlertsKit(
  options: { alerts?: Partial<AlertsConfig>; allowPrivateTargets?: boolean; startWorkers?: boolean } = {},
): Promise<AlertsKit> {
  const ctx = await createTestContext({
    imports: [
      EventsModule,
      CasesModule,
      AlertsModule.register({ imports: [DocumentsModule], filingTextSource: DocumentsService }),
    ],
    entities: [...CASES_ENTITIES, ...DOCUMENTS_ENTITIES, ...CITATIONS_ENTITIES, DomainEvent, ...ALERTS_ENTITIES],
    config: {
      alerts: {
        ...loadConfig({}).alerts,
        sweepIntervalSeconds: 1,
        leaseSeconds: 4,
        timeoutMs: 2000,
        ...options.alerts,
      },
      ...(options.allowPrivateTargets === undefined ? {} : { allowPrivateTargets: options.allowPrivateTargets }),
    },
  });
  await ctx.app.get(SeedService).seed();
  if (options.startWorkers !== false) await ctx.app.get(AlertsJobHandlers).register(ctx.app.get(JobsService));
  const dataSource = ctx.app.get(DataSource);
  const events = ctx.app.get(EventsService);
  const record = async (
    type: DomainEventType,
    caseId: string | null,
    subjectId: string,
    payload: Record<string, unknown>,
  ) => {
    const [event] = await dataSource.transaction((manager) =>
      events.record(manager, [{ type, caseId, subjectId, payload }]),
    );
    return event;
  };
  return {
    ctx,
    dataSource,
    events,
    caseBySlug: (slug) => dataSource.getRepository(Case).findOneByOrFail({ slug }),
    recordDocument: (caseId, payload) => {
      const documentId = payload.documentId ?? randomUUID();
      const full: DocumentCreatedPayload = {
        documentId,
        caseId,
        title: 'Untitled',
        documentType: 'other',
        filedOn: '2025-06-02',
        entryNumber: null,
        pageCount: payload.pages?.length ?? 0,
        ...payload,
      };
      return record(DomainEventType.DocumentCreated, caseId, documentId, { ...full });
    },
    ingestFiling: async (pages, caseSlug) => {
      const { documentId } = await ctx.app.get(DocumentIngestService).ingest({
        bytes: buildPdf({ pages }),
        fileName: 'filing.pdf',
        declaredMediaType: 'application/pdf',
        ...(caseSlug ? { case: caseSlug } : {}),
      });
      await ctx.app.get(DocumentExtractionService).extract(documentId);
      return dataSource
        .getRepository(DomainEvent)
        .findOneByOrFail({ type: DomainEventType.DocumentCreated, subjectId: documentId });
    },
    recordDocketEntry: async (caseId, entry) => {
      const found = await dataSource.getRepository(Case).findOneByOrFail({ id: caseId });
      const id = entry.id ?? randomUUID();
      const full: DocketEntryPayload = {
        v: 1,
        source: 'docket_report',
        court: found.courtId,
        docketNumber: found.docketNumber,
        entry: {
          id,
          entryNumber: null,
          dateFiled: '2025-06-02',
          entryType: 'other',
          description: '',
          shortDescription: null,
          pacerDocId: null,
          pacerSeqNo: null,
          ...entry,
        },
      };
      return record(DomainEventType.DocketEntryCreated, caseId, id, { ...full });
    },
    deliveriesOf: (subscriptionId) =>
      dataSource.getRepository(AlertDelivery).find({ where: { subscriptionId }, order: { sequence: 'ASC' } }),
    isProcessed: async (eventId) =>
      ((await dataSource.query(`SELECT 1 FROM alert_processed_events WHERE event_id = $1`, [eventId])) as unknown[])
        .length > 0,
    close: () => ctx.close(),
  };
}
