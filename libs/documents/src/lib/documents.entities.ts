import { Document } from './documents/document.entity';
import { DocumentPage } from './pages/document-page.entity';

export const DOCUMENTS_ENTITIES = [Document, DocumentPage];
