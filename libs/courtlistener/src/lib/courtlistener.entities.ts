import { CourtListenerRequestWindow } from './api/request-budget.entity';
import { CourtListenerWebhook } from './hooks/webhook-delivery.entity';
import { CaseSource } from './sources/case-source.entity';
import { RecapDocumentState } from './sources/recap-document-state.entity';

export const COURTLISTENER_ENTITIES = [
  CaseSource,
  RecapDocumentState,
  CourtListenerWebhook,
  CourtListenerRequestWindow,
];
