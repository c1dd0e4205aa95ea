import path from 'node:path';
import { createWorker, OEM, Worker } from 'tesseract.js';

/**
 * The English LSTM model shipped in the `@tesseract.js-data/eng` package (tessdata_best, integer
 * weights): the folder is given as `langPath`, so tesseract.js reads it from disk, and
 * `cacheMethod: 'none'` keeps it from looking for (or writing) a cached copy in the working
 * directory. Nothing is fetched from the network.
 */
export function englishModelDir(): string {
  return path.join(path.dirname(require.resolve('@tesseract.js-data/eng/package.json')), '4.0.0_best_int');
}

let engine: Promise<Worker> | null = null;

/** One Tesseract per OCR thread, created on first use and reused for every page. */
export function tesseract(): Promise<Worker> {
  engine ??= createWorker('eng', OEM.LSTM_ONLY, {
    langPath: englishModelDir(),
    gzip: true,
    cacheMethod: 'none',
    // tesseract.js only downloads the core and data when these are URLs; both stay local.
    logger: () => undefined,
    errorHandler: () => undefined,
  }).catch((error: unknown) => {
    engine = null;
    throw error;
  });
  return engine;
}

export interface Recognised {
  text: string;
  confidence: number;
}

/** Reads a PGM image rendered at `dpi` (PGM files carry no resolution; Tesseract needs it for its size rules). */
export async function recognise(image: Buffer, dpi: number): Promise<Recognised> {
  const worker = await tesseract();
  await worker.setParameters({ user_defined_dpi: String(dpi) });
  const { data } = await worker.recognize(image);
  return { text: data.text, confidence: data.confidence };
}
