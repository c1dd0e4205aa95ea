export type CitationType =
  'case' | 'short_case' | 'id' | 'supra' | 'statute' | 'regulation' | 'docket' | 'ecf' | 'journal';

export interface Span {
  /** offset of the first character */
  start: number;
  /** offset just past the last character */
  end: number;
}

interface CitationBase {
  span: Span;
  /** 1-based page, when page offsets were given */
  page?: number;
  /** text.slice(span.start, span.end) */
  matchedText: string;
  /** normalised form used to group citations of the same authority */
  key: string;
}

export interface CaseCitation extends CitationBase {
  type: 'case';
  volume: string;
  /** canonical edition abbreviation, e.g. "F. Supp. 3d" */
  reporter: string;
  /** the reporter as written */
  reporterFound: string;
  /** reporters-db cite type (federal, state, neutral, specialty, ...) */
  reporterType: string;
  /** first page in the reporter ("382"); null for a blank page ("576 U.S. ___"). Named apart
   * from `page`, which is the page of the document the citation is on. */
  reporterPage: string | null;
  pinCite?: string;
  /** court text of the parenthetical, e.g. "9th Cir." */
  court?: string;
  year?: number;
  month?: string;
  day?: string;
  plaintiff?: string;
  defendant?: string;
  /** explanatory parenthetical after the court/year one */
  parenthetical?: string;
  /** from the case name (when found) to the end of the parentheticals */
  fullSpan: Span;
}

export interface ShortCaseCitation extends CitationBase {
  type: 'short_case';
  volume: string;
  reporter: string;
  reporterFound: string;
  pinCite: string;
  /** name written just before, e.g. "Google" in "Google, 804 F.3d at 222" */
  antecedentGuess?: string;
  parenthetical?: string;
  /** index (in the returned array) of the full citation this refers to */
  antecedentIndex?: number;
}

export interface IdCitation extends CitationBase {
  type: 'id';
  pinCite?: string;
  antecedentIndex?: number;
}

export interface SupraCitation extends CitationBase {
  type: 'supra';
  antecedentGuess?: string;
  pinCite?: string;
  parenthetical?: string;
  antecedentIndex?: number;
}

export interface LawCitation extends CitationBase {
  type: 'statute' | 'regulation';
  /** canonical code abbreviation (U.S.C., C.F.R., Cal. Penal Code, ...); absent for a bare "Section 1202(b)" */
  code?: string;
  title?: string;
  chapter?: string;
  article?: string;
  /** this citation's section, subsections kept: "106(1)-(3)" */
  section?: string;
  /** all sections of the group this citation was expanded from ("§§ 101, 102, 106") */
  sections: string[];
  /** act named after a bare section: "Section 107 of the Copyright Act" */
  act?: string;
  /** volume/year and page for session laws and registers ("90 Stat. 2541", "85 Fed. Reg. 1234") */
  volume?: string;
  lawPage?: string;
  /** public law number, "94-553" */
  number?: string;
  jurisdiction?: string;
  year?: number;
  parenthetical?: string;
}

export interface DocketCitation extends CitationBase {
  type: 'docket';
  docketNumber: string;
  /** judge initials suffix, e.g. "WHA" */
  judges?: string;
}

export interface EcfCitation extends CitationBase {
  type: 'ecf';
  ecfNumber: string;
  attachment?: string;
  pinCite?: string;
}

export interface JournalCitation extends CitationBase {
  type: 'journal';
  volume: string;
  journal: string;
  journalFound: string;
  journalPage: string;
  pinCite?: string;
  year?: number;
}

export type Citation =
  | CaseCitation
  | ShortCaseCitation
  | IdCitation
  | SupraCitation
  | LawCitation
  | DocketCitation
  | EcfCitation
  | JournalCitation;

export interface ExtractOptions {
  /** start offset of each page, ascending; pages are numbered from 1 */
  pageOffsets?: number[];
}
