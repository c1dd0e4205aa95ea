/**
 * pdf-parse runs PDF.js with a "fake worker" in Node, which it loads with a dynamic import() of
 * pdf.worker.mjs. Jest (CommonJS) cannot run dynamic imports of ESM, and bundlers often drop the file.
 * PDF.js skips that import when globalThis.pdfjsWorker already holds the worker module, so we
 * require it once ourselves: Jest transforms the file to CommonJS (jest.preset.js), and the compiled
 * app (node dist/...) loads it with Node's require() of ES modules (on by default since Node 20.19,
 * the engines floor of package.json). pdfjs-dist is pinned to the PDF.js version bundled in pdf-parse
 * (5.4.296): PDF.js refuses a worker of another version.
 */
let installed = false;

export function ensurePdfjsWorker(): void {
  if (installed) return;
  const scope = globalThis as { pdfjsWorker?: unknown };
  if (scope.pdfjsWorker === undefined) {
    scope.pdfjsWorker = require('pdfjs-dist/legacy/build/pdf.worker.min.mjs') as unknown;
  }
  installed = true;
}
