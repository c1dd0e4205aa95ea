// pdf.js would load its worker with a dynamic import(), which Jest cannot run without
// --experimental-vm-modules; importing the worker module first makes pdf.js run it in-process.
import 'pdfjs-dist/legacy/build/pdf.worker.mjs';
import { PDFParse } from 'pdf-parse';

export interface PdfText {
  text: string;
  pages: string[];
  total: number;
}

export async function pdfText(buf: Buffer): Promise<PdfText> {
  const parser = new PDFParse({ data: new Uint8Array(buf) });
  try {
    const r = await parser.getText({ pageJoiner: '' });
    return { text: r.text, pages: r.pages.map((p) => p.text), total: r.total };
  } finally {
    await parser.destroy();
  }
}
