// Runs our parsers over every PACER example in the corpus and compares with the parse juriscraper
// expects (the .json beside each example). Prints a score table; PACER_PARITY_VERBOSE=1 prints diffs.
import * as fs from 'fs';
import * as path from 'path';
import { corpusPath } from '@casetrail/testing';
import { readCorpusText } from '../../testing/corpus';
import { parseDocketReport } from './docket-report';
import {
  type JuriscraperDocket,
  type JuriscraperRssItem,
  toJuriscraperDocket,
  toJuriscraperRss,
} from './juriscraper-shape';
import { PacerError } from '../pacer-error';
import { parseRssFeed } from './rss-feed';

const VERBOSE = process.env.PACER_PARITY_VERBOSE === '1';
const CASE_FIELDS = [
  'case_name',
  'docket_number',
  'date_filed',
  'date_terminated',
  'assigned_to_str',
  'referred_to_str',
  'cause',
  'nature_of_suit',
  'jury_demand',
  'jurisdiction',
] as const;

type Json = Record<string, unknown>;

function examples(dir: string, ext: string): { name: string; court: string; input: string; expected: unknown }[] {
  const folder = corpusPath('pacer', dir);
  return fs
    .readdirSync(folder)
    .filter((f) => f.endsWith(ext))
    .sort()
    .map((f) => {
      const name = f.slice(0, -ext.length);
      return {
        name,
        court: name.split('_')[0],
        input: readCorpusText(path.join(folder, f)),
        expected: JSON.parse(fs.readFileSync(path.join(folder, `${name}.json`), 'utf8')) as unknown,
      };
    });
}

const squash = (s: unknown): unknown => (typeof s === 'string' ? s.split(/\s+/).filter(Boolean).join(' ') : s);
const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
const pct = (n: number, d: number): string => (d === 0 ? '  n/a' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);

function sortedKeys(o: unknown): unknown {
  if (Array.isArray(o)) return o.map(sortedKeys);
  if (o && typeof o === 'object') {
    return Object.fromEntries(
      Object.keys(o)
        .sort()
        .map((k) => [k, sortedKeys((o as Json)[k])]),
    );
  }
  return o;
}

interface DocketScore {
  name: string;
  fieldsEqual: number;
  fieldsTotal: number;
  entriesEqual: number;
  entriesTotal: number;
  identical: boolean;
  shapeOk: boolean;
  note: string;
}

function scoreDocket(ex: { name: string; court: string; input: string; expected: unknown }): DocketScore {
  const expected = ex.expected as Json;
  const base = { name: ex.name, fieldsEqual: 0, fieldsTotal: 0, entriesEqual: 0, entriesTotal: 0 };
  if (Object.keys(expected).length === 0) {
    // juriscraper found nothing to parse here; we must refuse the page.
    try {
      parseDocketReport(ex.input, { court: ex.court });
      return { ...base, fieldsTotal: 1, identical: false, shapeOk: false, note: 'parsed a page juriscraper rejects' };
    } catch (e) {
      const ok = e instanceof PacerError;
      return {
        ...base,
        fieldsEqual: ok ? 1 : 0,
        fieldsTotal: 1,
        identical: ok,
        shapeOk: ok,
        note: ok ? `refused: ${e.code}` : String(e),
      };
    }
  }
  let actual: JuriscraperDocket;
  try {
    actual = toJuriscraperDocket(parseDocketReport(ex.input, { court: ex.court }));
  } catch (e) {
    const entries = (expected.docket_entries as unknown[]).length;
    return {
      ...base,
      fieldsTotal: CASE_FIELDS.length,
      entriesTotal: entries,
      identical: false,
      shapeOk: false,
      note: String(e),
    };
  }
  const actualJson = actual as unknown as Json;
  const fields = CASE_FIELDS.filter((f) => f in expected);
  const badFields = fields.filter((f) => !same(actualJson[f], expected[f]));
  const exp = expected.docket_entries as Json[];
  const act = actual.docket_entries as unknown as Json[];
  const total = Math.max(exp.length, act.length);
  let entriesEqual = 0;
  const badEntries: string[] = [];
  for (let i = 0; i < total; i++) {
    const e = exp[i];
    const a = act[i];
    const ok =
      e !== undefined &&
      a !== undefined &&
      same(a.date_filed, e.date_filed) &&
      same(a.document_number, e.document_number) &&
      same(squash(a.description), squash(e.description));
    if (ok) entriesEqual++;
    else badEntries.push(`#${i}: ${JSON.stringify(a)?.slice(0, 300)}\n      want ${JSON.stringify(e)?.slice(0, 300)}`);
  }
  const keysOf = (o: Json): string => Object.keys(o).sort().join(',');
  const shapeOk =
    keysOf(actualJson) === keysOf(expected) &&
    exp.every((e, i) => act[i] !== undefined && keysOf(act[i]) === keysOf(e));
  const identical = same(sortedKeys(actual), sortedKeys(expected));
  if (VERBOSE) {
    for (const f of badFields)
      console.log(`${ex.name} ${f}: got ${JSON.stringify(actualJson[f])} want ${JSON.stringify(expected[f])}`);
    for (const b of badEntries.slice(0, 3)) console.log(`${ex.name} entry ${b}`);
    if (!identical) {
      const diffKeys = Object.keys({ ...expected, ...actualJson }).filter(
        (k) => !same(sortedKeys(actualJson[k]), sortedKeys(expected[k])),
      );
      for (const k of diffKeys) {
        console.log(
          `${ex.name} [full] ${k}:\n   got  ${JSON.stringify(sortedKeys(actualJson[k]))?.slice(0, 1500)}\n   want ${JSON.stringify(sortedKeys(expected[k]))?.slice(0, 1500)}`,
        );
      }
    }
  }
  return {
    ...base,
    fieldsEqual: fields.length - badFields.length,
    fieldsTotal: fields.length,
    entriesEqual,
    entriesTotal: total,
    identical,
    shapeOk,
    note: badFields.join(' '),
  };
}

interface RssScore {
  name: string;
  itemsEqual: number;
  itemsTotal: number;
  courtAgrees: number;
  note: string;
}

function scoreRss(ex: { name: string; court: string; input: string; expected: unknown }): RssScore {
  const expected = ex.expected as JuriscraperRssItem[];
  let actual: JuriscraperRssItem[] = [];
  let note = '';
  try {
    actual = toJuriscraperRss(parseRssFeed(ex.input, { court: ex.court }));
  } catch (e) {
    note = String(e);
  }
  const total = Math.max(expected.length, actual.length);
  let itemsEqual = 0;
  let courtAgrees = 0;
  for (let i = 0; i < total; i++) {
    const e = expected[i];
    const a = actual[i];
    if (!e || !a) continue;
    if (a.court_id === e.court_id) courtAgrees++;
    // court_id is juriscraper's caller-supplied label, compared on its own (see courtAgrees).
    const ok = same(sortedKeys({ ...a, court_id: null }), sortedKeys({ ...e, court_id: null }));
    if (ok) itemsEqual++;
    else if (VERBOSE)
      console.log(
        `${ex.name} item #${i}:\n   got  ${JSON.stringify(sortedKeys(a))}\n   want ${JSON.stringify(sortedKeys(e))}`,
      );
  }
  return { name: ex.name, itemsEqual, itemsTotal: total, courtAgrees, note };
}

describe('parity with juriscraper on the PACER corpus', () => {
  const dockets = examples('dockets', '.html').map(scoreDocket);
  const feeds = examples('rss', '.xml').map(scoreRss);

  const fullyEqual = dockets.filter((d) => d.fieldsEqual === d.fieldsTotal).length;
  const entriesEqual = dockets.reduce((n, d) => n + d.entriesEqual, 0);
  const entriesTotal = dockets.reduce((n, d) => n + d.entriesTotal, 0);
  const itemsEqual = feeds.reduce((n, f) => n + f.itemsEqual, 0);
  const itemsTotal = feeds.reduce((n, f) => n + f.itemsTotal, 0);

  beforeAll(() => {
    const lines = ['docket report           fields   entries          json  note'];
    for (const d of dockets) {
      lines.push(
        `${d.name.padEnd(20)} ${pct(d.fieldsEqual, d.fieldsTotal)}  ${`${d.entriesEqual}/${d.entriesTotal}`.padStart(7)} ${pct(d.entriesEqual, d.entriesTotal)}  ${d.identical ? 'same' : 'diff'}  ${d.note}`,
      );
    }
    lines.push(
      `dockets with all case fields equal: ${fullyEqual}/${dockets.length} (${pct(fullyEqual, dockets.length).trim()}); ` +
        `entries equal: ${entriesEqual}/${entriesTotal} (${pct(entriesEqual, entriesTotal).trim()}); ` +
        `whole JSON identical: ${dockets.filter((d) => d.identical).length}/${dockets.length}`,
    );
    lines.push('', 'rss feed                 items          court label agrees  note');
    for (const f of feeds) {
      lines.push(
        `${f.name.padEnd(20)} ${`${f.itemsEqual}/${f.itemsTotal}`.padStart(8)} ${pct(f.itemsEqual, f.itemsTotal)}  ${`${f.courtAgrees}/${f.itemsTotal}`.padStart(8)}  ${f.note}`,
      );
    }
    lines.push(`rss items equal: ${itemsEqual}/${itemsTotal} (${pct(itemsEqual, itemsTotal).trim()})`);
    console.log(lines.join('\n'));
  });

  // Expected counts come from the corpus itself (files and juriscraper's JSON), not from our parsers.
  const docketFiles = fs.readdirSync(corpusPath('pacer', 'dockets')).filter((f) => f.endsWith('.html'));
  const feedFiles = fs.readdirSync(corpusPath('pacer', 'rss')).filter((f) => f.endsWith('.xml'));
  const expectedEntries = examples('dockets', '.html').reduce(
    (n, ex) => n + (((ex.expected as Json).docket_entries as unknown[] | undefined)?.length ?? 0),
    0,
  );
  const expectedItems = examples('rss', '.xml').reduce((n, ex) => n + (ex.expected as unknown[]).length, 0);

  it('reads the whole corpus: 40 docket reports and 9 feeds', () => {
    expect(docketFiles).toHaveLength(40);
    expect(feedFiles).toHaveLength(9);
    expect(dockets).toHaveLength(40);
    expect(feeds).toHaveLength(9);
  });

  it('has every case-level field equal on all 40 docket reports', () => {
    expect(dockets.filter((d) => d.fieldsEqual !== d.fieldsTotal).map((d) => d.name)).toEqual([]);
    expect(fullyEqual).toBe(40);
  });

  it("has every docket entry of juriscraper's JSON equal (829)", () => {
    expect(expectedEntries).toBe(829);
    expect(entriesTotal).toBe(expectedEntries);
    expect(entriesEqual).toBe(expectedEntries);
  });

  it("produces juriscraper's whole JSON identically for all 40 docket reports", () => {
    expect(dockets.filter((d) => !d.identical).map((d) => d.name)).toEqual([]);
  });

  it("has every RSS item of juriscraper's JSON equal (752), court labels apart", () => {
    expect(expectedItems).toBe(752);
    expect(itemsTotal).toBe(expectedItems);
    expect(itemsEqual).toBe(expectedItems);
  });

  it('produces the JSON shape of juriscraper for every docket it parses', () => {
    expect(dockets.filter((d) => !d.shapeOk).map((d) => d.name)).toEqual([]);
  });
});
