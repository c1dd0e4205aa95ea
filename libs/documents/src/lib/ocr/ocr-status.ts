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
  /**
   * Every page was read (their text is kept and indexed), but what follows the text (citations,
   * claims, header metadata) failed for good: `ocrFailureCode` and `ocrFailureMessage` say why.
   */
  Failed = 'failed',
}

/** Why what follows a document's OCR'd text failed (the document's `ocrFailureCode`). */
export enum OcrFinishFailureCode {
  /** The citations task took longer than `CASETRAIL_WORKER_TASK_TIMEOUT_MS`. */
  TimedOut = 'task_timed_out',
  /** The citations task needed more memory than a worker thread may use. */
  OutOfMemory = 'task_out_of_memory',
  /**
   * The citations task, or storing what it and the header found, threw on this text: a value the
   * database refuses (SQLSTATE classes 22 and 23), or an error in the code itself.
   */
  CitationsFailed = 'citations_failed',
}
