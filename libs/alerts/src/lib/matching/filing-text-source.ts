/**
 * The stored page texts of a filing: the one thing alerts read from the documents library, whose
 * `document.created` events do not inline their pages. Declared here so that alerts do not depend on
 * documents; the documents library implements it (`DocumentsService.pageTexts`) and the runtime
 * binds the two (`AlertsModule.register`).
 */
export interface FilingTextSource {
  /** The text of each page of the document, in page order; none for an unknown document. */
  pageTexts(documentId: string): Promise<string[]>;
}

export const FILING_TEXT_SOURCE = Symbol('FILING_TEXT_SOURCE');
