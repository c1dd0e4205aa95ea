import { readFileSync } from 'node:fs';
import { PasswordException, PDFParse } from 'pdf-parse';
import { buildPdf, corpusPath } from '@casetrail/testing';
import { extractDocument, inspectDocument } from './extract-document';
import { ExtractionError, ExtractionErrorCode, isExtractionError } from './extraction-error';
import { TextLayerIssue } from './extraction-result';
import { MediaType } from './media-type';
import { ensurePdfjsWorker } from './pdfjs-worker';

const PDF = 'application/pdf';
const ORDER_PDF = 'pdf/bartz-v-anthropic_3-24-cv-05417_ecf231_order-on-fair-use_2025-06-23.pdf';

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (isExtractionError(error)) return error.code;
    throw error;
  }
  return 'no error';
}

describe('extractDocument: PDF', () => {
  it('reads every page of a generated PDF, with its title', async () => {
    const bytes = buildPdf({ pages: ['First page\nsecond line', 'Page (two)'], title: 'A test title' });
    const result = await extractDocument(bytes, { mediaType: PDF, fileName: 'x.pdf' });
    expect(result.mediaType).toBe(MediaType.Pdf);
    expect(result.pageCount).toBe(2);
    expect(result.pages.map((p) => p.number)).toEqual([1, 2]);
    expect(result.pages[0].text).toBe('First page\nsecond line');
    expect(result.pages[1].text).toBe('Page (two)');
    expect(result.title).toBe('A test title');
    // Two short generated pages are below the "real text" bar: that is the Sparse verdict, not an error.
    expect(result.textLayerIssue).toBe(TextLayerIssue.Sparse);
  });

  it('does not detach or change the caller’s buffer', async () => {
    const bytes = buildPdf({ pages: ['Hello'] });
    const copy = Buffer.from(bytes);
    await extractDocument(bytes, { mediaType: PDF });
    expect(bytes.equals(copy)).toBe(true);
  });

  it('trusts the bytes over the declared type: a PDF sent as octet-stream is still a PDF', async () => {
    const result = await extractDocument(buildPdf({ pages: ['Hello'] }), { mediaType: 'application/octet-stream' });
    expect(result.mediaType).toBe(MediaType.Pdf);
  });

  it('extracts a real court order with a text layer', async () => {
    const result = await extractDocument(readFileSync(corpusPath('filings', ORDER_PDF)), { mediaType: PDF });
    expect(result.textLayer).toBe(true);
    expect(result.textLayerIssue).toBeUndefined();
    expect(result.pages[0].text).toContain('ORDER ON FAIR USE');
  });
});

describe('extractDocument: error codes', () => {
  it('empty_file for zero bytes, whatever the type', async () => {
    await expect(codeOf(extractDocument(Buffer.alloc(0), { mediaType: PDF }))).resolves.toBe(
      ExtractionErrorCode.EmptyFile,
    );
    await expect(codeOf(extractDocument(Buffer.alloc(0), { mediaType: 'text/plain' }))).resolves.toBe(
      ExtractionErrorCode.EmptyFile,
    );
  });

  it('not_a_pdf for HTML declared as a PDF, or a PNG named .pdf', async () => {
    const html = Buffer.from('<!DOCTYPE html><html><body>Access denied</body></html>');
    await expect(codeOf(extractDocument(html, { mediaType: PDF }))).resolves.toBe(ExtractionErrorCode.NotAPdf);
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
    const error = await extractDocument(png, { mediaType: 'application/octet-stream', fileName: 'scan.PDF' }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ExtractionError);
    expect((error as ExtractionError).code).toBe(ExtractionErrorCode.NotAPdf);
    expect((error as ExtractionError).details).toMatchObject({ sniffedMediaType: 'image/png', fileName: 'scan.PDF' });
  });

  it('corrupt_pdf for a real corpus PDF truncated in memory', async () => {
    const whole = readFileSync(corpusPath('filings', ORDER_PDF));
    for (const fraction of [0.5, 0.1]) {
      const truncated = whole.subarray(0, Math.floor(whole.length * fraction));
      await expect(codeOf(extractDocument(truncated, { mediaType: PDF }))).resolves.toBe(
        ExtractionErrorCode.CorruptPdf,
      );
    }
  });

  it('corrupt_pdf for a PDF header followed by garbage', async () => {
    const bytes = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >>\nthis is not a pdf body\n');
    await expect(codeOf(extractDocument(bytes, { mediaType: PDF }))).resolves.toBe(ExtractionErrorCode.CorruptPdf);
  });

  it('encrypted_pdf for a PDF that needs a user password', async () => {
    const bytes = buildPdf({
      pages: ['Top secret settlement terms'],
      encrypt: { userPassword: 'letmein', ownerPassword: 'owner-pw' },
    });
    await expect(codeOf(extractDocument(bytes, { mediaType: PDF }))).resolves.toBe(ExtractionErrorCode.EncryptedPdf);
  });

  it('the encrypted fixture is real encryption: PDF.js opens it with the password and not without', async () => {
    ensurePdfjsWorker();
    const bytes = buildPdf({
      pages: ['Top secret settlement terms'],
      encrypt: { userPassword: 'letmein', ownerPassword: 'o' },
    });
    expect(bytes.includes(Buffer.from('Top secret'))).toBe(false);
    const withPassword = new PDFParse({ data: new Uint8Array(bytes), password: 'letmein' });
    try {
      const text = await withPassword.getText();
      expect(text.pages[0].text).toContain('Top secret settlement terms');
    } finally {
      await withPassword.destroy();
    }
    const without = new PDFParse({ data: new Uint8Array(bytes) });
    try {
      await expect(without.getText()).rejects.toBeInstanceOf(PasswordException);
    } finally {
      await without.destroy();
    }
  });

  it('an owner password alone (empty user password) does not stop reading', async () => {
    const bytes = buildPdf({
      pages: ['Printing restricted only'],
      encrypt: { userPassword: '', ownerPassword: 'owner' },
    });
    const result = await extractDocument(bytes, { mediaType: PDF });
    expect(result.pages[0].text).toBe('Printing restricted only');
  });

  it('unsupported_media_type for a declared type we do not read, or binary bytes', async () => {
    const text = Buffer.from('{"a": 1}');
    await expect(codeOf(extractDocument(text, { mediaType: 'application/json' }))).resolves.toBe(
      ExtractionErrorCode.UnsupportedMediaType,
    );
    const zip = Buffer.from('504b0304140000000800', 'hex');
    await expect(
      codeOf(extractDocument(zip, { mediaType: 'application/octet-stream', fileName: 'a.docx' })),
    ).resolves.toBe(ExtractionErrorCode.UnsupportedMediaType);
    await expect(codeOf(extractDocument(zip, { mediaType: 'text/plain' }))).resolves.toBe(
      ExtractionErrorCode.UnsupportedMediaType,
    );
  });
});

describe('extractDocument: text formats', () => {
  it('plain text is one page, or one page per form feed', async () => {
    const one = await extractDocument(Buffer.from('Hello\r\nworld\n'), { mediaType: 'text/plain; charset=utf-8' });
    expect(one).toMatchObject({ mediaType: MediaType.PlainText, pageCount: 1, textLayer: true });
    expect(one.pages[0].text).toBe('Hello\nworld');
    const three = await extractDocument(Buffer.from('one\fTwo\n\fthree\f'), { mediaType: 'text/plain' });
    expect(three.pages).toEqual([
      { number: 1, text: 'one' },
      { number: 2, text: 'Two' },
      { number: 3, text: 'three' },
    ]);
  });

  it('Markdown by declared type or by file name, titled by its first heading', async () => {
    const md = Buffer.from('# Terms of Use\n\nSome *terms*.\n');
    const byType = await extractDocument(md, { mediaType: 'text/markdown' });
    const byName = await extractDocument(md, { mediaType: 'application/octet-stream', fileName: 'terms.md' });
    for (const result of [byType, byName]) {
      expect(result).toMatchObject({ mediaType: MediaType.Markdown, title: 'Terms of Use', pageCount: 1 });
      expect(result.pages[0].text).toBe('# Terms of Use\n\nSome *terms*.');
    }
  });

  it('HTML is reduced to text: no markup, scripts, styles or URLs; <title> becomes the title', async () => {
    const html = Buffer.from(
      '<!doctype html><html><head><title>Privacy &amp; Terms</title><style>p{color:red}</style>' +
        '<script>var tracking = 1;</script></head><body><h1>Privacy Policy</h1>' +
        '<p>We collect <a href="https://example.com/data">data</a>.</p><ul><li>One</li><li>Two</li></ul></body></html>',
    );
    const result = await extractDocument(html, { mediaType: 'text/html' });
    expect(result.mediaType).toBe(MediaType.Html);
    expect(result.title).toBe('Privacy & Terms');
    const text = result.pages[0].text;
    expect(text).toContain('Privacy Policy');
    expect(text).toContain('We collect data.');
    expect(text).toMatch(/One[\s\S]*Two/);
    expect(text).not.toMatch(/<|tracking|color:|https:/);
  });

  it('HTML is recognised from its content when the type says nothing', async () => {
    const result = await extractDocument(Buffer.from('  <html><body><p>Hi</p></body></html>'), {
      mediaType: 'application/octet-stream',
    });
    expect(result.mediaType).toBe(MediaType.Html);
    expect(result.pages[0].text).toBe('Hi');
  });

  it('decodes Windows-1252 text that is not valid UTF-8', async () => {
    const bytes = Buffer.from([0x93, 0x51, 0x75, 0x6f, 0x74, 0x65, 0x94, 0x20, 0x97, 0x20, 0x80, 0x35]);
    const result = await extractDocument(bytes, { mediaType: 'text/plain' });
    expect(result.pages[0].text).toBe('\u201cQuote\u201d \u2014 \u20ac5');
  });

  it('a text file of only whitespace has no text layer', async () => {
    const result = await extractDocument(Buffer.from(' \n\t\n'), { mediaType: 'text/plain' });
    expect(result).toMatchObject({ textLayer: false, textLayerIssue: TextLayerIssue.NoText });
  });
});

describe('inspectDocument: the quick checks of an upload', () => {
  it('reads the type and, for a PDF, the page count without extracting every page', async () => {
    const pdf = await inspectDocument(readFileSync(corpusPath('filings', ORDER_PDF)), {
      mediaType: 'application/octet-stream',
    });
    expect(pdf).toEqual({ mediaType: MediaType.Pdf, pageCount: 32 });
    const md = await inspectDocument(Buffer.from('# Terms\n'), {
      mediaType: 'application/octet-stream',
      fileName: 'terms.md',
    });
    expect(md).toEqual({ mediaType: MediaType.Markdown });
  });

  it('refuses what extraction would refuse: empty, not a PDF, encrypted, corrupt', async () => {
    const encrypted = buildPdf({ pages: ['x'], encrypt: { userPassword: 'pw', ownerPassword: 'o' } });
    const truncated = readFileSync(corpusPath('filings', ORDER_PDF)).subarray(0, 100_000);
    await expect(codeOf(inspectDocument(Buffer.alloc(0), { mediaType: PDF }))).resolves.toBe(
      ExtractionErrorCode.EmptyFile,
    );
    await expect(codeOf(inspectDocument(Buffer.from('<html></html>'), { mediaType: PDF }))).resolves.toBe(
      ExtractionErrorCode.NotAPdf,
    );
    await expect(codeOf(inspectDocument(encrypted, { mediaType: PDF }))).resolves.toBe(
      ExtractionErrorCode.EncryptedPdf,
    );
    await expect(codeOf(inspectDocument(truncated, { mediaType: PDF }))).resolves.toBe(ExtractionErrorCode.CorruptPdf);
  });
});
