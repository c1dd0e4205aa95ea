/**
 * Runs the whole pipeline over the real filings in the corpus: extraction (page counts, text
 * against the pypdf reference texts, hard files), ECF stamps against documents.json, and
 * classification against the document types documents.json gives.
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { PDFParse } from 'pdf-parse';
import { corpusPath } from '@casetrail/testing';
import {
  comparableDocket,
  CorpusDocument,
  expectedDocumentType,
  loadCorpusDocuments,
} from '../../testing/corpus-documents';
import { explainClassification } from './classify-document';
import { DocumentType } from './document-type';
import { extractDocument } from './extract-document';
import { ExtractionError } from './extraction-error';
import { ExtractionResult } from './extraction-result';
import { deriveFilingMetadata, documentLeadText, FilingMetadata } from './filing-metadata';
import { ensurePdfjsWorker } from './pdfjs-worker';
import { textSimilarity, tokenF1 } from './text-similarity';

jest.setTimeout(120_000);

const MIN_SIMILARITY = 0.95;
// Share of corpus rows on which our stamp reading / classification must agree with documents.json.
const HARD_FILE_LABEL = /image|scanned|broken font|garbled/i;

interface Extracted {
  file: string;
  bytes: Buffer;
  row?: CorpusDocument;
  result?: ExtractionResult;
  error?: unknown;
}

const documents = loadCorpusDocuments();
const pdfDir = corpusPath('filings', 'pdf');
const pdfFiles = readdirSync(pdfDir)
  .filter((f) => f.toLowerCase().endsWith('.pdf'))
  .sort();
const extracted: Extracted[] = [];

function pad(value: string | number, width: number): string {
  return String(value).padEnd(width);
}

async function pdfJsPageCount(bytes: Buffer): Promise<number> {
  ensurePdfjsWorker();
  const parser = new PDFParse({ data: new Uint8Array(bytes) });
  try {
    return (await parser.getInfo()).total;
  } finally {
    await parser.destroy();
  }
}

beforeAll(async () => {
  for (const file of pdfFiles) {
    const bytes = readFileSync(path.join(pdfDir, file));
    const row = documents.find((d) => d.file === `pdf/${file}`);
    try {
      extracted.push({
        file,
        bytes,
        row,
        result: await extractDocument(bytes, { mediaType: 'application/pdf', fileName: file }),
      });
    } catch (error) {
      extracted.push({ file, bytes, row, error });
    }
  }
});

describe('corpus: extraction', () => {
  it('every PDF either extracts or fails with a coded ExtractionError, never a crash', () => {
    expect(extracted).toHaveLength(pdfFiles.length);
    expect(pdfFiles.length).toBeGreaterThan(0);
    for (const e of extracted) {
      if (e.error !== undefined) expect(e.error).toBeInstanceOf(ExtractionError);
      else expect(e.result?.pages.length).toBe(e.result?.pageCount);
    }
  });

  it('page counts equal documents.json and PDF.js’s own count', async () => {
    const lines = ['file                                                      json  pdf.js  ours'];
    for (const e of extracted) {
      const own = await pdfJsPageCount(e.bytes);
      lines.push(
        `${pad(e.file, 56)}  ${pad(e.row?.pages ?? '-', 4)}  ${pad(own, 6)}  ${e.result?.pageCount ?? 'error'}`,
      );
      expect(e.result?.pageCount).toBe(own);
      if (e.row?.pages !== undefined) expect(e.result?.pageCount).toBe(e.row.pages);
    }
    console.log(lines.join('\n'));
  });

  it('text matches the pypdf reference texts (textSimilarity >= 0.95 where there is a text layer)', () => {
    const lines = ['file                                                      textLayer  similarity  tokenF1'];
    let compared = 0;
    for (const e of extracted) {
      if (!e.row?.textFile || !e.result) continue;
      const reference = readFileSync(corpusPath('filings', e.row.textFile), 'utf8');
      // The reference joins pages with a newline; so do we.
      const ours = e.result.pages.map((p) => p.text).join('\n');
      const similarity = textSimilarity(ours, reference);
      const tokens = tokenF1(ours, reference);
      lines.push(
        `${pad(e.file, 56)}  ${pad(String(e.result.textLayer), 9)}  ${similarity.toFixed(4).padEnd(10)}  ${tokens.toFixed(4)}`,
      );
      if (e.result.textLayer) {
        expect(similarity).toBeGreaterThanOrEqual(MIN_SIMILARITY);
        compared++;
      }
    }
    console.log(lines.join('\n'));
    expect(compared).toBeGreaterThan(10);
  });

  it('files documents.json calls image-only, scanned or garbled end with textLayer false (or a coded error)', () => {
    const lines: string[] = [];
    for (const e of extracted) {
      const hard = e.row ? HARD_FILE_LABEL.test(e.row.documentType) : false;
      const outcome = e.result
        ? `textLayer=${e.result.textLayer} ${e.result.textLayerIssue ?? ''}`
        : `error ${(e.error as ExtractionError).code}`;
      if (hard) {
        lines.push(`${pad(e.file, 56)}  ${outcome}   (${e.row?.documentType})`);
        if (e.result) expect(e.result.textLayer).toBe(false);
      } else if (e.row?.textFile) {
        expect(e.result?.textLayer).toBe(true);
      }
    }
    console.log(`hard files:\n${lines.join('\n')}`);
    expect(lines.length).toBeGreaterThanOrEqual(4);
  });
});

describe('corpus: damaged copies', () => {
  it('truncating or corrupting real PDFs anywhere gives a result or a coded error, never a crash', async () => {
    const outcomes = new Map<string, number>();
    for (const e of extracted.filter((x) => x.result?.textLayer).slice(0, 6)) {
      const damaged: Buffer[] = [0.05, 0.3, 0.6, 0.9, 0.99].map((f) =>
        e.bytes.subarray(0, Math.floor(e.bytes.length * f)),
      );
      const flipped = Buffer.from(e.bytes);
      for (let i = Math.floor(flipped.length / 3); i < flipped.length; i += 97) flipped[i] ^= 0xff;
      damaged.push(flipped);
      for (const bytes of damaged) {
        let outcome: string;
        try {
          const result = await extractDocument(bytes, { mediaType: 'application/pdf' });
          outcome = result.unreadablePages ? 'partial result' : 'result';
        } catch (error) {
          expect(error).toBeInstanceOf(ExtractionError);
          outcome = (error as ExtractionError).code;
        }
        outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
      }
    }
    console.log(`damaged copies: ${JSON.stringify(Object.fromEntries(outcomes))}`);
    expect(outcomes.get('corrupt_pdf')).toBeGreaterThan(0);
  });
});

describe('corpus: ECF stamps', () => {
  const metadataOf = (e: Extracted): FilingMetadata | null => (e.result ? deriveFilingMetadata(e.result.pages) : null);

  it('agree with documents.json on docket number, ECF number and filing date', () => {
    const lines = [
      'file                                          docket (ours | json)                     ecf (ours|json)  filed (ours | json)',
    ];
    let checks = 0;
    let agreements = 0;
    const check = (ours: unknown, theirs: unknown): string => {
      if (theirs === null || theirs === undefined) return '';
      checks++;
      if (ours === theirs) agreements++;
      return ours === theirs ? '' : ' ✗';
    };
    for (const e of extracted) {
      const meta = metadataOf(e);
      if (!meta || !e.row) continue;
      const docketMark = check(meta.docketNumber, comparableDocket(e.row.docketNumber));
      const ecfMark = check(meta.ecfNumber, typeof e.row.ecf === 'number' ? e.row.ecf : null);
      const filedMark = check(meta.filedOn, e.row.filedOn);
      lines.push(
        `${pad(e.file, 44)}  ${pad(`${meta.docketNumber} | ${e.row.docketNumber ?? '-'}${docketMark}`, 40)} ` +
          `${pad(`${meta.ecfNumber ?? '-'}|${e.row.ecf ?? '-'}${ecfMark}`, 16)} ${meta.filedOn ?? '-'} | ${e.row.filedOn ?? '-'}${filedMark}`,
      );
    }
    console.log(`${lines.join('\n')}\nagreement: ${agreements}/${checks}`);
    // What docs/filings.md states: 64 of 65 checks agree.
    expect([agreements, checks]).toEqual([64, 65]);
  });

  it('the Bartz v. Anthropic complaint and fair-use order give the docket, ECF numbers and dates of documents.json', () => {
    const bartz = extracted.filter((e) => e.file.startsWith('bartz-v-anthropic'));
    expect(bartz).toHaveLength(2);
    for (const e of bartz) {
      const meta = metadataOf(e);
      expect(meta?.docketNumber).toBe('3:24-cv-05417');
      expect(meta?.docketNumber).toBe(comparableDocket(e.row?.docketNumber ?? null));
      expect(meta?.ecfNumber).toBe(e.row?.ecf);
      expect(meta?.filedOn).toBe(e.row?.filedOn);
    }
    const ecfs = bartz.map((e) => metadataOf(e)?.ecfNumber).sort((a, b) => (a ?? 0) - (b ?? 0));
    expect(ecfs).toEqual([1, 231]);
  });
});

describe('corpus: classification', () => {
  interface Case {
    name: string;
    expected: DocumentType;
    label: string;
    input: { title?: string; firstPageText: string };
  }

  function cases(): Case[] {
    const all: Case[] = [];
    for (const e of extracted) {
      const expected = e.row ? expectedDocumentType(e.row.documentType) : null;
      if (!e.row || !e.result?.textLayer || expected === null) continue;
      all.push({
        name: e.file,
        expected,
        label: e.row.documentType,
        input: { title: e.result.title, firstPageText: documentLeadText(e.result.pages) },
      });
    }
    // Text-only rows whose PDF is not in the corpus (CAP opinions, slip opinions, transcripts, ...).
    for (const row of documents) {
      if (row.format !== 'txt' || (row.derivedFrom && pdfFiles.includes(path.basename(row.derivedFrom)))) continue;
      const expected = expectedDocumentType(row.documentType);
      if (expected === null) continue;
      const text = readFileSync(corpusPath('filings', row.file), 'utf8');
      all.push({
        name: path.basename(row.file),
        expected,
        label: row.documentType,
        input: { firstPageText: text.slice(0, 4000) },
      });
    }
    return all;
  }

  it('agrees with the document types of documents.json', () => {
    const all = cases();
    const lines = [
      'file                                                   expected           ours               score  evidence',
    ];
    let agree = 0;
    for (const c of all) {
      const result = explainClassification(c.input);
      if (result.type === c.expected) agree++;
      const evidence = result.evidence
        .filter((e) => e.type === result.type)
        .map((e) => e.rule)
        .slice(0, 3)
        .join('; ');
      lines.push(
        `${pad(c.name, 54)} ${pad(c.expected, 18)} ${pad(result.type + (result.type === c.expected ? '' : ' ✗'), 18)} ${pad(result.score, 5)}  ${evidence}`,
      );
    }
    console.log(`${lines.join('\n')}\nagreement: ${agree}/${all.length} = ${(agree / all.length).toFixed(3)}`);
    // What docs/filings.md states: 29 of the 31 typed filings with a text layer.
    expect([agree, all.length]).toEqual([29, 31]);
  });

  it('classifies the Bartz complaint as a complaint and the fair-use order as an order', () => {
    for (const c of cases().filter((x) => x.name.startsWith('bartz-v-anthropic'))) {
      expect(explainClassification(c.input).type).toBe(c.expected);
    }
    const types = cases()
      .filter((x) => x.name.startsWith('bartz-v-anthropic'))
      .map((c) => explainClassification(c.input).type)
      .sort();
    expect(types).toEqual([DocumentType.Complaint, DocumentType.Order]);
  });
});
