import { readFileSync } from 'node:fs';
import { corpusPath } from '@casetrail/testing';
import { MediaType, OCTET_STREAM, parseDeclaredMediaType, sniffMediaType } from './media-type';

describe('sniffMediaType', () => {
  it('finds %PDF- anywhere in the first 1024 bytes, as PDF readers do', () => {
    expect(sniffMediaType(Buffer.from('%PDF-1.7\n...'))).toBe(MediaType.Pdf);
    expect(sniffMediaType(Buffer.from('\r\n%PDF-1.4\n'))).toBe(MediaType.Pdf);
    expect(sniffMediaType(Buffer.concat([Buffer.alloc(1100, 0x20), Buffer.from('%PDF-1.4')]))).not.toBe(MediaType.Pdf);
  });

  it('recognises the corpus PDFs with malformed starts', () => {
    // missouri.pdf begins with "%%EOF", the NC opinion with a blank line (documents.json notes it).
    for (const file of ['missouri.pdf', 'nc-supreme-court_gift-surplus-v-state_2022-NCSC-1.pdf']) {
      const bytes = readFileSync(corpusPath('filings', 'pdf', file));
      expect(bytes.subarray(0, 5).toString('latin1')).not.toBe('%PDF-');
      expect(sniffMediaType(bytes)).toBe(MediaType.Pdf);
    }
  });

  it('names common binary formats', () => {
    expect(sniffMediaType(Buffer.from('89504e470d0a1a0a00', 'hex'))).toBe('image/png');
    expect(sniffMediaType(Buffer.from('ffd8ffe000', 'hex'))).toBe('image/jpeg');
    expect(sniffMediaType(Buffer.from('504b030414', 'hex'), 'brief.docx')).toBe('application/zip');
    expect(sniffMediaType(Buffer.from([0, 1, 2, 3, 250, 0]))).toBe(OCTET_STREAM);
    expect(sniffMediaType(Buffer.alloc(0))).toBe(OCTET_STREAM);
  });

  it('tells HTML from its content, Markdown from its name, and text otherwise', () => {
    expect(sniffMediaType(Buffer.from('<!DOCTYPE html>\n<html>'))).toBe(MediaType.Html);
    expect(sniffMediaType(Buffer.from('\ufeff<!-- saved --><html lang="en">'))).toBe(MediaType.Html);
    expect(sniffMediaType(Buffer.from('<?xml version="1.0"?><html xmlns="x">'))).toBe(MediaType.Html);
    expect(sniffMediaType(Buffer.from('<p>fragment</p>'), 'page.htm')).toBe(MediaType.Html);
    expect(sniffMediaType(Buffer.from('# Title\n\ntext'), 'terms.md')).toBe(MediaType.Markdown);
    expect(sniffMediaType(Buffer.from('# Title\n\ntext'))).toBe(MediaType.PlainText);
    expect(sniffMediaType(Buffer.from('Plain words.\fNext page.'), 'notes.txt')).toBe(MediaType.PlainText);
    expect(sniffMediaType(Buffer.from('{\\rtf1\\ansi hello}'), 'x.txt')).toBe('application/rtf');
  });

  it('reads UTF-16 text with a byte order mark as text', () => {
    expect(sniffMediaType(Buffer.from('fffe480069000a00', 'hex'))).toBe(MediaType.PlainText);
  });
});

describe('parseDeclaredMediaType', () => {
  it('strips parameters and maps aliases', () => {
    expect(parseDeclaredMediaType('Application/PDF')).toBe(MediaType.Pdf);
    expect(parseDeclaredMediaType('application/x-pdf')).toBe(MediaType.Pdf);
    expect(parseDeclaredMediaType('text/html; charset=UTF-8')).toBe(MediaType.Html);
    expect(parseDeclaredMediaType('text/x-markdown')).toBe(MediaType.Markdown);
    expect(parseDeclaredMediaType('')).toBe('generic');
    expect(parseDeclaredMediaType('application/octet-stream')).toBe('generic');
    expect(parseDeclaredMediaType('image/png')).toBe('unsupported');
  });
});
