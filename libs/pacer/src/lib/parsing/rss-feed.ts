import { XMLParser } from 'fast-xml-parser';
import { normalizeCaseName } from './case-name';
import { courtFromHosts, isAppellateCourt, isBankruptcyCourt } from './court-ids';
import { parseFeedTimestamp } from './dates';
import { findDocketNumber } from './docket-number';
import { decodeEntities } from './entities';
import { assertMarkupDepth } from './markup-depth';
import { PacerError, PacerErrorCode, reconcileCourt } from '../pacer-error';
import { numericParam, pacerCaseIdFromUrl, pacerDocIdFromUrl } from './pacer-links';
import { cleanText, tidy } from './strings';
import type { ParsedRssItem } from './types';

interface RawItem {
  title?: unknown;
  link?: unknown;
  description?: unknown;
  pubDate?: unknown;
}

const xml = new XMLParser({
  ignoreAttributes: true,
  parseTagValue: false,
  htmlEntities: true,
  isArray: (name) => name === 'item',
});

function str(v: unknown): string {
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '';
}

function readChannel(text: string): { link: string; items: RawItem[] } {
  assertMarkupDepth(text, 'feed');
  let parsed: unknown;
  try {
    parsed = xml.parse(text);
  } catch (e) {
    throw new PacerError(PacerErrorCode.NotAnRssFeed, 'The input is not well-formed XML.', { cause: String(e) });
  }
  const rss = typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>).rss : undefined;
  const channel = typeof rss === 'object' && rss !== null ? (rss as Record<string, unknown>).channel : undefined;
  if (typeof channel !== 'object' || channel === null) {
    throw new PacerError(PacerErrorCode.NotAnRssFeed, 'The input is not an RSS feed (no rss/channel).');
  }
  const c = channel as Record<string, unknown>;
  const items = Array.isArray(c.item) ? (c.item as unknown[]) : [];
  return { link: str(c.link), items: items.filter((i): i is RawItem => typeof i === 'object' && i !== null) };
}

interface DocLink {
  pacerDocId: string;
  pacerSeqNo: string | null;
  number: string | null;
}

/** The document link in an item's description: doc1 (district, bankruptcy) or docs1 (appellate). */
function documentLink(descriptionHtml: string): DocLink {
  const number = /["'] ?>(\d+)<\/a>/.exec(descriptionHtml)?.[1] ?? null;
  const anchors = [...descriptionHtml.matchAll(/<a\s[^>]*?href\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi)].map((m) =>
    decodeEntities(m[1] ?? m[2] ?? m[3] ?? ''),
  );
  const doc1 = anchors.find((h) => h.includes('/doc1/'));
  if (doc1) return { pacerDocId: pacerDocIdFromUrl(doc1), pacerSeqNo: numericParam(doc1, 'de_seq_num'), number };
  const docs1 = anchors.find((h) => h.includes('/docs1/'));
  if (docs1) return { pacerDocId: pacerDocIdFromUrl(docs1), pacerSeqNo: null, number };
  // Some courts (EDNY) give no document link at all.
  return { pacerDocId: '', pacerSeqNo: null, number };
}

function bankruptcyFields(description: string): ParsedRssItem['bankruptcy'] {
  const m = /^Type:(.*?)Office:(.*?)Chapter:(.*?)(?:Trustee:(.*?))?\[/s.exec(description);
  if (!m) return { type: '', office: '', chapter: '', trustee: '' };
  return { type: tidy(m[1]), office: tidy(m[2]), chapter: tidy(m[3]), trustee: tidy(m[4] ?? '') };
}

function caseNameOf(title: string): string {
  const space = title.indexOf(' ');
  if (space < 0) return 'Unknown Case Title';
  return tidy(cleanText(normalizeCaseName(decodeEntities(title.slice(space + 1)))));
}

/** Items of one filing share docket number, case id, date and document id. */
function filingKey(item: ParsedRssItem): string {
  return JSON.stringify([item.docketNumber, item.pacerCaseId, item.dateFiled, item.pacerDocId]);
}

/**
 * Parses a CM/ECF RSS feed of new docket entries (district, bankruptcy or appellate). An entry
 * filed as several events appears as several items; those are merged into one, their short
 * descriptions joined in alphabetical order with " AND ". Items without a docket number or a
 * readable date are left out.
 */
export function parseRssFeed(text: string, opts: { court?: string; strictCourt?: boolean } = {}): ParsedRssItem[] {
  if (text.trim() === '') throw new PacerError(PacerErrorCode.EmptyInput, 'The input is empty.');
  const channel = readChannel(text);
  const court = reconcileCourt(
    courtFromHosts(channel.link) ?? courtFromHosts(channel.items.map((i) => str(i.link)).join(' ')),
    opts.court,
    'feed',
    opts.strictCourt,
  );
  const appellate = isAppellateCourt(court);
  const bankruptcy = isBankruptcyCourt(court);
  const style = appellate ? 'appellate' : bankruptcy ? 'bankruptcy' : 'district';

  const items: ParsedRssItem[] = [];
  const parts = new Map<ParsedRssItem, string[]>();
  const byFiling = new Map<string, ParsedRssItem>();
  for (const raw of channel.items) {
    const title = str(raw.title).trim();
    const link = str(raw.link).trim();
    const description = str(raw.description);
    const dateFiled = parseFeedTimestamp(str(raw.pubDate));
    const { docketNumber, parts: numberParts } = findDocketNumber([title], style);
    if (!docketNumber || !dateFiled) continue;
    const doc = documentLink(description);
    const shortDescription = decodeEntities(/\[(.*?)\]/.exec(description)?.[1] ?? '');
    const item: ParsedRssItem = {
      court,
      caseName: caseNameOf(title),
      docketNumber,
      docketNumberParts: numberParts,
      // Appellate courts that do not number their documents are keyed by the document id.
      entryNumber: doc.number ?? (appellate && doc.pacerDocId ? doc.pacerDocId : null),
      description: shortDescription,
      dateFiled,
      link,
      pacerCaseId: appellate || !link ? null : pacerCaseIdFromUrl(link),
      pacerDocId: doc.pacerDocId,
      pacerSeqNo: doc.pacerSeqNo,
      bankruptcy: bankruptcy ? bankruptcyFields(description) : { type: '', office: '', chapter: '', trustee: '' },
    };
    // Keyed lookup: a scan of the items so far would make a feed of n items cost n² comparisons.
    const key = filingKey(item);
    const earlier = byFiling.get(key);
    if (earlier) {
      const merged = [...(parts.get(earlier) ?? [earlier.description]), item.description].sort();
      parts.set(earlier, merged);
      earlier.description = merged.join(' AND ');
    } else {
      items.push(item);
      byFiling.set(key, item);
    }
  }
  return items;
}
