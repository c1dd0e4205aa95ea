import { normalizeCaseName } from './case-name';
import { attachCriminalData } from './criminal-data';
import { inspectDocketPage } from './detect';
import { docketEntryRows, entriesOrder, parseDocketEntries } from './docket-entries';
import {
  HEADER_PATTERNS,
  adversaryNatureOfSuit,
  captionFromHeader,
  findDateInLines,
  findInLines,
  findJudge,
  headerLines,
} from './docket-header';
import { findDocketNumber } from './docket-number';
import { parseParties, partyRows } from './docket-parties';
import { type Document, byTag, textContent, textNodes } from './dom';
import { cleanText, tidy } from './strings';
import type { ParsedDocketReport, ParsedParty } from './types';

const UNKNOWN_CASE = 'Unknown Case Title';

function isAdversaryProceeding(doc: Document): boolean {
  return textNodes(doc).some(({ text }) => text.includes('Adversary Proceeding'));
}

function bankruptcyCaseName(doc: Document, parties: ParsedParty[], adversary: boolean): string {
  const debtor = parties.find((p) => p.type === 'Debtor' || p.type === 'Debtor In Possession');
  if (debtor) return debtor.name;
  // A sub-docket of a larger case carries the lead case's title.
  let name = UNKNOWN_CASE;
  const nodes = textNodes(doc);
  const labelIndex = nodes.findIndex((n) => n.parent?.name === 'i' && n.text.includes('Lead BK Title'));
  const after = labelIndex >= 0 ? nodes[labelIndex + 1] : undefined;
  if (after) name = after.text.trim();
  return adversary ? `${name} - Adversary Proceeding` : name;
}

function districtCaseName(lines: string[], parties: ParsedParty[]): string {
  const caption = captionFromHeader(lines);
  if (caption !== null) return caption;
  const plaintiff = parties.find((p) => p.type === 'Plaintiff');
  const defendant = parties.find((p) => p.type === 'Defendant');
  return plaintiff && defendant ? `${plaintiff.name} v. ${defendant.name}` : UNKNOWN_CASE;
}

/**
 * Parses a PACER docket report (DktRpt.pl HTML) of a district or bankruptcy court. The court is
 * read from the page when it says so, else taken from opts.court. Throws PacerError when the page
 * is not a docket report.
 */
export function parseDocketReport(
  html: string,
  opts: { court?: string; strictCourt?: boolean } = {},
): ParsedDocketReport {
  const { doc, info } = inspectDocketPage(html, opts.court, opts.strictCourt);
  const { court, bankruptcy } = info;
  const adversary = isAdversaryProceeding(doc);
  const lines = headerLines(doc);

  const rows = partyRows(doc);
  const parties = parseParties(rows, { bankruptcy, adversary });
  if (!bankruptcy) attachCriminalData(parties, rows);

  const numberSources = bankruptcy
    ? byTag(doc, 'center')
        .flatMap((c) => byTag(c, 'font'))
        .map(textContent)
    : byTag(doc, 'h3').map(textContent);
  const { docketNumber, parts } = findDocketNumber(numberSources, bankruptcy ? 'bankruptcy' : 'district');

  const rawName = bankruptcy ? bankruptcyCaseName(doc, parties, adversary) : districtCaseName(lines, parties);
  const value = (p: RegExp): string => tidy(findInLines(p, lines));
  const entryRows = docketEntryRows(doc);

  return {
    court,
    caseName: tidy(cleanText(normalizeCaseName(rawName))),
    docketNumber,
    docketNumberParts: parts,
    dateFiled: findDateInLines(HEADER_PATTERNS.dateFiled, lines),
    dateTerminated: findDateInLines(HEADER_PATTERNS.dateTerminated, lines),
    dateConverted: findDateInLines(HEADER_PATTERNS.dateConverted, lines),
    dateDischarged: findDateInLines(HEADER_PATTERNS.dateDischarged, lines),
    assignedTo: findJudge(HEADER_PATTERNS.assignedTo, lines, doc),
    referredTo: findJudge(HEADER_PATTERNS.referredTo, lines, doc),
    cause: value(HEADER_PATTERNS.cause),
    natureOfSuit: adversary ? tidy(adversaryNatureOfSuit(doc)) : value(HEADER_PATTERNS.natureOfSuit),
    juryDemand: value(HEADER_PATTERNS.juryDemand),
    jurisdiction: value(HEADER_PATTERNS.jurisdiction),
    demand: value(HEADER_PATTERNS.demand),
    mdlStatus: value(HEADER_PATTERNS.mdlStatus),
    orderedBy: entriesOrder(entryRows),
    isBankruptcy: bankruptcy,
    parties,
    entries: parseDocketEntries(doc, entryRows, { court, bankruptcy }),
  };
}
