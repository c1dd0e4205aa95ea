/** received -> extracted -> indexed, or failed (with a reason code) from received. */
export enum DocumentStatus {
  Received = 'received',
  Extracted = 'extracted',
  Indexed = 'indexed',
  Failed = 'failed',
}

/**
 * Why a document ended `failed`: an extraction error code (`corrupt_pdf`, `encrypted_pdf`, ...),
 * or one of these.
 */
export enum DocumentFailureCode {
  /** The stored file is gone from the blob directory. */
  BlobMissing = 'blob_missing',
  /** Extraction kept throwing something unexpected until the job's retries ran out. */
  ExtractionCrashed = 'extraction_crashed',
}

/** How the document got its case: named at upload, or matched from the docket number in its header. */
export enum CaseMatchSource {
  Upload = 'upload',
  Header = 'header',
}
