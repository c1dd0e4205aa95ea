import { courtFromHosts, courtFromTitle, isBankruptcyCourt } from './court-ids';
import { type Document, byTag, childNodes, parseHtmlDocument, textContent, textNodes } from './dom';
import { PacerError, PacerErrorCode, reconcileCourt } from '../pacer-error';

export interface DocketReportInfo {
  kind: 'docket_report';
  /** Court id read from the page (CM/ECF host names, page title), else the caller's. */
  court: string | null;
  bankruptcy: boolean;
}

// Messages CM/ECF shows instead of (or above) a report whose data cannot be trusted or is absent.
const PACER_MESSAGES: RegExp[] = [
  /Case not found\./,
  /There are no documents in this case\./,
  /The start date must be less than or equal to the end date/,
  /The starting document number must be less than or equal to the ending document number/,
  /Incomplete request\.\s+Please try your query again/,
  /This case is in the process of being opened/,
  /Either you do not have permission to view the document, or the document does not exist/,
  /Server timeout waiting for the HTTP request/,
  /The page ID does not exist/,
  /Submission already made, please wait for response/,
  /The report may take a long time to run because this case has many\s+docket entries/,
  /To accept charges shown below, click on the 'View Report' button/,
  /\*\*\* This case was administratively closed\.\*\*\*/,
  /The case type was.*but it must be/,
  /Format: text/,
].map((p) => new RegExp(p.source.replace(/ /g, '\\s+'), 'i'));

// A CM/ECF form-validation message such as "Invalid date_from: 12/13/219".
const INVALID_INPUT = /Invalid [\w ]+:/;

// Pages rewritten by browser extensions (wallet injectors, name replacers): their text is not PACER's.
const ALTERED = [/MetaMask.*web3/i, /console\.log\(".*CloudMask/i, /Drumpf/i];

// Other CM/ECF reports that also print "Date filed:" cells.
const OTHER_REPORT =
  /History\/Documents|Docket History|Claims Register|List of Creditors|Case Summary|Case File Location|Deadlines\/Hearings|Associated Cases|Attorney List|Party List|Written Opinions|Calendar Events/i;

function hasDateFiledCell(doc: Document): boolean {
  return byTag(doc, 'td').some((td) => textNodes(td).some(({ text }) => /Date [Ff]iled:|Filed [Dd]ate:/.test(text)));
}

function hasDocketCaption(doc: Document): boolean {
  const headings = byTag(doc, 'h3', 'center').map(textContent).join('\n');
  if (/DOCKET FOR CASE #|Bankruptcy Petition #|Adversary Proceeding #/i.test(headings)) return true;
  return textNodes(doc).some(({ text }) => text.includes('Docket Text'));
}

function isOtherReport(doc: Document): boolean {
  const headings = byTag(doc, 'title', 'h1', 'h2', 'h3', 'h4', 'center', 'a').map(textContent).join('\n');
  return OTHER_REPORT.test(headings);
}

/** A row with at least one element in it; RECAP stubs and blank pages have none. */
function hasTableContent(doc: Document): boolean {
  return byTag(doc, 'tr').some((tr) => childNodes(tr).some((c) => c.type === 'tag'));
}

export function courtOfPage(doc: Document, html: string, fallback: string | undefined, strict = false): string | null {
  const title = byTag(doc, 'title').map(textContent).join(' ');
  return reconcileCourt(courtFromHosts(html) ?? courtFromTitle(title), fallback, 'docket report', strict);
}

function refuse(code: PacerErrorCode, message: string, details: Record<string, unknown> = {}): never {
  throw new PacerError(code, message, details);
}

/** Parses the page and says what it is, refusing anything but a docket report. */
export function inspectDocketPage(
  html: string,
  fallbackCourt?: string,
  strictCourt = false,
): { doc: Document; info: DocketReportInfo } {
  if (html.trim() === '') refuse(PacerErrorCode.EmptyInput, 'The input is empty.');
  if (ALTERED.some((p) => p.test(html))) {
    refuse(PacerErrorCode.AlteredPage, 'The page was altered in the browser (an extension rewrote it).');
  }
  const message = PACER_MESSAGES.map((p) => p.exec(html)).find((m) => m !== null);
  if (message) {
    refuse(PacerErrorCode.ErrorPage, `PACER answered with a message instead of a report: ${message[0]}`, {
      message: message[0],
    });
  }
  const doc = parseHtmlDocument(html);
  if (byTag(doc, 'input').some((i) => (i.attribs.type ?? '').toLowerCase() === 'password')) {
    refuse(PacerErrorCode.LoginPage, 'This is a PACER login page, not a docket report.');
  }
  if (hasDateFiledCell(doc) && hasTableContent(doc) && (hasDocketCaption(doc) || !isOtherReport(doc))) {
    const court = courtOfPage(doc, html, fallbackCourt, strictCourt);
    const text = textContent(doc);
    const bankruptcy = isBankruptcyCourt(court) || /U\.S\. BANKRUPTCY COURT|Bankruptcy Petition #/i.test(text);
    return { doc, info: { kind: 'docket_report', court, bankruptcy } };
  }
  const invalid = INVALID_INPUT.exec(textContent(doc));
  if (invalid) {
    refuse(PacerErrorCode.ErrorPage, `PACER refused the query: ${invalid[0]}`, { message: invalid[0] });
  }
  refuse(PacerErrorCode.NotADocketReport, 'This page is not a PACER docket report.');
}

/** Throws a PacerError unless html is a PACER docket report; says which court it is from when it can. */
export function detectPacerReport(html: string, opts: { court?: string } = {}): DocketReportInfo {
  return inspectDocketPage(html, opts.court).info;
}
