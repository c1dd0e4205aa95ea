import { compile, HtmlToTextOptions } from 'html-to-text';
import { decodeText } from './decode-text';
import { ExtractedPage, ExtractionResult, TextLayerIssue } from './extraction-result';
import { MediaType } from './media-type';

const HTML_OPTIONS: HtmlToTextOptions = {
  wordwrap: false,
  selectors: [
    { selector: 'a', options: { ignoreHref: true } },
    { selector: 'img', format: 'skip' },
    { selector: 'h1', options: { uppercase: false } },
    { selector: 'h2', options: { uppercase: false } },
    { selector: 'h3', options: { uppercase: false } },
    { selector: 'h4', options: { uppercase: false } },
    { selector: 'h5', options: { uppercase: false } },
    { selector: 'h6', options: { uppercase: false } },
    { selector: 'table', format: 'dataTable', options: { uppercaseHeaderCells: false } },
  ],
};

const HTML_TITLE_OPTIONS: HtmlToTextOptions = {
  wordwrap: false,
  baseElements: { selectors: ['title'], returnDomByDefault: false },
};

const htmlToText = compile(HTML_OPTIONS);
const htmlTitle = compile(HTML_TITLE_OPTIONS);

function splitPages(text: string): ExtractedPage[] {
  const parts = text.replace(/\r\n?/g, '\n').split('\f');
  // A form feed that ends the file closes the last page; it does not open an empty one.
  if (parts.length > 1 && parts[parts.length - 1].trim() === '') parts.pop();
  return parts.map((part, i) => ({ number: i + 1, text: part.replace(/^\n+|\s+$/g, '') }));
}

function markdownTitle(text: string): string | undefined {
  const match = /^#\s+(.+?)\s*#*\s*$/m.exec(text);
  return match ? match[1] : undefined;
}

function result(mediaType: MediaType, pages: ExtractedPage[], title: string | undefined): ExtractionResult {
  const textLayer = pages.some((p) => p.text.trim().length > 0);
  return {
    mediaType,
    pages,
    pageCount: pages.length,
    textLayer,
    ...(textLayer ? {} : { textLayerIssue: TextLayerIssue.NoText }),
    ...(title ? { title } : {}),
  };
}

/** Plain text and Markdown: one page, or one page per form feed. Markdown is kept as written. */
export function extractPlainText(
  bytes: Uint8Array,
  mediaType: MediaType.PlainText | MediaType.Markdown,
): ExtractionResult {
  const text = decodeText(bytes);
  return result(mediaType, splitPages(text), mediaType === MediaType.Markdown ? markdownTitle(text) : undefined);
}

/** HTML reduced to text (scripts, styles and images dropped, links without their URLs), one page. */
export function extractHtml(bytes: Uint8Array): ExtractionResult {
  const html = decodeText(bytes);
  const text = htmlToText(html).trim();
  const title = htmlTitle(html).replace(/\s+/g, ' ').trim();
  return result(MediaType.Html, [{ number: 1, text }], title || undefined);
}
