/** Every background job, by name. A payload type per name lives in `JobPayloads`. */
export enum JobName {
  DocumentExtract = 'document.extract',
  DocumentIndex = 'document.index',
  /** OCR of a document's pages without a usable text layer (libs/documents/src/lib/ocr). */
  DocumentOcr = 'document.ocr',
  SearchIndexCase = 'search.index-case',
  PacerRssPoll = 'pacer.rss-poll',
  AlertsMatch = 'alerts.match',
  AlertsDeliver = 'alerts.deliver',
  SearchIndexTosVersion = 'search.index-tos-version',
  TosCheckSources = 'tos.check-sources',
  SearchIndexDocket = 'search.index-docket',
  /** Syncs one followed CourtListener docket (libs/courtlistener). */
  CourtListenerSync = 'courtlistener.sync',
  /** Every minute: queues the syncs of followed dockets that are due. */
  CourtListenerSchedule = 'courtlistener.schedule',
}

export interface JobPayloads {
  [JobName.DocumentExtract]: { documentId: string };
  [JobName.DocumentIndex]: { documentId: string };
  [JobName.DocumentOcr]: { documentId: string };
  [JobName.SearchIndexCase]: { caseId: string };
  [JobName.PacerRssPoll]: { trigger: 'startup' | 'schedule' };
  [JobName.AlertsMatch]: { eventIds: string[] };
  [JobName.AlertsDeliver]: { subscriptionId: string };
  /** Indexes the clauses of the latest version of a terms-of-service document. */
  [JobName.SearchIndexTosVersion]: { documentId: string };
  [JobName.TosCheckSources]: Record<string, never>;
  /** Indexes docket entries of one case: `entryIds` (those created or changed), else all of them. */
  [JobName.SearchIndexDocket]: { caseId: string; entryIds?: string[] };
  [JobName.CourtListenerSync]: { sourceId: string; trigger: 'follow' | 'schedule' | 'demand' | 'webhook' };
  [JobName.CourtListenerSchedule]: Record<string, never>;
}

export const JOB_NAMES = Object.values(JobName);

export type JobHandler<N extends JobName> = (
  payload: JobPayloads[N],
  job: { id: string; retryCount: number },
) => Promise<void>;
