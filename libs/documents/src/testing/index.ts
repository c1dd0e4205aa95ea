// @casetrail/documents/testing: fixtures for specs and the bench that need the documents library
// itself (PDF.js rendering, extraction). Not part of the library's production entry point.
export { imageOnlyCopy, renderPdfPages } from './rendered-pages';
export { OCR_ACCURACY_FILINGS, textLayerPages } from './text-layer-pages';
export type { TextLayerFiling } from './text-layer-pages';
