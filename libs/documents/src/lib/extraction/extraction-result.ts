import type { MediaType } from './media-type';

export interface ExtractedPage {
  /** 1-based page number in the file (not the number printed on the page). */
  number: number;
  text: string;
}

/** Why a document has no usable text layer; an OCR step can act on it. */
export enum TextLayerIssue {
  /** Not a single character of text: an image-only scan. */
  NoText = 'no_text',
  /** Only a few words per page, e.g. just the court's ECF stamp on a scanned page. */
  Sparse = 'sparse',
  /** Text is there but is not language (broken font encoding). */
  Garbled = 'garbled',
}

export interface ExtractionResult {
  /** The media type the bytes were read as (after sniffing). */
  mediaType: MediaType;
  pages: ExtractedPage[];
  pageCount: number;
  /** False when the file holds (almost) no usable text, e.g. an image-only scan. Not a failure. */
  textLayer: boolean;
  textLayerIssue?: TextLayerIssue;
  /** Pages of a damaged PDF whose content could not be read (their text is empty). */
  unreadablePages?: number[];
  /** PDF Info /Title or HTML <title>, when present and not blank. */
  title?: string;
}
