/** Where a page's stored text came from. */
export enum PageTextSource {
  TextLayer = 'text-layer',
  Ocr = 'ocr',
}

/** OCR of one page; null on pages that never needed it. */
export enum PageOcrStatus {
  /** Needs OCR and has not been read yet. */
  Pending = 'pending',
  Done = 'done',
  /** Could not be read; the page keeps its text-layer text and the reason is stored. */
  Failed = 'failed',
  /** Beyond the document's page cap (CASETRAIL_OCR_MAX_PAGES). */
  Skipped = 'skipped',
}

/** OCR of a document; null when no page needed it (or OCR never ran). */
export enum DocumentOcrStatus {
  Queued = 'queued',
  Running = 'running',
  /** Every page that needed OCR was read, failed with a reason, or skipped at the cap. */
  Completed = 'completed',
}
