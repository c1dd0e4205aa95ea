import { DomainEvent } from '@casetrail/events';
import { corpusPath, createTestContext, TestContext, workspaceRoot } from '@casetrail/testing';
import fs from 'node:fs';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { formatStoredCorpusTable, storedCorpusRows, StoredCorpusRow } from '../../testing/corpus-report';
import { flaggedNoiseVerdicts, loadTosIndex, tally } from '../../testing/tos-corpus';
import { TosClauseHistoryView } from '../queries/tos-views';
import { TosQueryService } from '../queries/tos-query.service';
import { TOS_ENTITIES } from '../tos.entities';
import { TosModule } from '../tos.module';
import { ImportSummary, TosImportService } from './tos-import.service';

const COMPETE = /develop (?:any )?(?:artificial intelligence )?models that compete with/i;
const REPORT_START = '<!-- corpus-table:start -->';
const REPORT_END = '<!-- corpus-table:end -->';

function printHistory(history: TosClauseHistoryView): void {
  const lines = history.entries.map(
    (e) =>
      `  ${e.version.recordedAt}  ${e.version.service}/${e.version.documentType}  ${(e.change ?? '').padEnd(8)} ${e.clause?.label ?? ''} ${e.clause?.text ?? ''}`,
  );
  console.log(`clause ${history.key}:\n${lines.join('\n')}`);
}

describe('importing the whole terms-of-service corpus into PostgreSQL', () => {
  let ctx: TestContext;
  let dataSource: DataSource;
  let summary: ImportSummary;
  let rows: StoredCorpusRow[];
  let queries: TosQueryService;

  beforeAll(async () => {
    ctx = await createTestContext({ imports: [TosModule], entities: [...TOS_ENTITIES, DomainEvent] });
    dataSource = ctx.app.get(DataSource);
    queries = ctx.app.get(TosQueryService);
    summary = await ctx.app.get(TosImportService).importFolder(corpusPath('tos'));
    rows = await storedCorpusRows(dataSource);
    const [counts] = await dataSource.query(
      `SELECT (SELECT count(*) FROM tos_clauses)::int AS clauses, (SELECT count(*) FROM tos_changes)::int AS changes,
              (SELECT count(*) FROM domain_events WHERE type = 'tos.clause_changed')::int AS clause_events`,
    );
    console.log(
      `${formatStoredCorpusTable(rows)}\nimported ${summary.snapshots} snapshots of ${summary.documents} documents in ` +
        `${(summary.elapsedMs / 1000).toFixed(1)} s: ${summary.versionsStored} versions stored (${counts.clauses} clause rows, ` +
        `${counts.changes} change rows, ${counts.clause_events} clause-change events), ${summary.skippedAsNoise} skipped as noise`,
    );
  }, 600_000);

  afterAll(() => ctx?.close());

  const count = async (table: string): Promise<number> =>
    Number((await dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n);

  it('accounts for every recorded version of every document', async () => {
    expect(summary.snapshots).toBe(1102);
    expect(summary.documents).toBe(138);
    expect(rows).toHaveLength(138);
    for (const row of rows) {
      expect(row.kept).toBeGreaterThanOrEqual(1);
      expect(row.kept + row.skippedAsNoise + row.skippedOther).toBe(row.recorded);
    }
    expect(await count('tos_snapshots')).toBe(1102);
    expect(await count('tos_versions')).toBe(summary.versionsStored);
    const [events] = await dataSource.query(
      `SELECT count(*)::int AS n FROM domain_events WHERE type = 'tos.version_created'`,
    );
    expect(events.n).toBe(summary.versionsStored);
  });

  it('skips as noise, snapshot by snapshot, at least 95% of the versions index.json flags as noise', async () => {
    const stored = (await dataSource.query(
      `SELECT s.name || '/' || d.type AS document, n.recorded_at, n.outcome
         FROM tos_snapshots n JOIN tos_documents d ON d.id = n.document_id JOIN tos_services s ON s.id = d.service_id`,
    )) as { document: string; recorded_at: Date; outcome: string }[];
    const outcomes = new Map(stored.map((r) => [`${r.document}|${r.recorded_at.getTime()}`, r.outcome]));
    const verdicts = flaggedNoiseVerdicts(loadTosIndex(), (document, recordedAt) =>
      outcomes.get(`${document}|${Date.parse(recordedAt)}`),
    );
    const counts = tally(verdicts);
    console.log(`index.json flags ${verdicts.length} snapshots as noise; stored outcomes: ${JSON.stringify(counts)}`);
    expect(counts['missing']).toBeUndefined();
    // 275 counted in index.json; 271 of them skipped as noise, as the replay in analysis/corpus.spec.ts finds.
    expect(verdicts).toHaveLength(275);
    expect(counts['noise']).toBe(271);
  });

  it('keeps at most 15 of the 104 recorded versions of ChatGPT Commercial Terms', () => {
    const row = rows.find((r) => r.document === 'ChatGPT/Commercial Terms');
    expect(row?.recorded).toBe(104);
    expect(row?.kept).toBeLessThanOrEqual(15);
  });

  it('links documents that continue others by the lineage rule', () => {
    const predecessorOf = (doc: string) => rows.find((r) => r.document === doc)?.predecessor;
    expect(predecessorOf('ChatGPT/Terms of Service')).toBe('OpenAI/Terms of Service');
    expect(predecessorOf('DALL·E/Terms of Service')).toBe('OpenAI/Terms of Service');
    expect(predecessorOf('ChatGPT/Platform to Business Notice')).toBe('OpenAI/Platform to Business Notice');
    expect(predecessorOf('ChatGPT/Commercial Terms')).toBe('ChatGPT/Platform to Business Notice');
    expect(predecessorOf('Le Chat/Terms of Service')).toBe('Mistral AI/Terms of Service');
    expect(predecessorOf('ChatGPT/Business Privacy Policy')).toBeNull();
    expect(predecessorOf('OpenAI/Terms of Service')).toBeNull();
  });

  it('follows "develop models that compete with OpenAI" as one clause key from OpenAI\'s to ChatGPT\'s Terms of Use', async () => {
    const ref = { service: 'ChatGPT', documentType: 'Terms of Service' };
    const [latest] = (await queries.listVersions(ref, { limit: 1 })).items;
    const clauses = (await queries.getVersion(ref, latest.id)).clauses.filter((c) => COMPETE.test(c.text));
    expect(clauses).toHaveLength(1);
    const history = await queries.clauseHistory(ref, clauses[0].key);
    printHistory(history);
    expect(history.lineage).toEqual([
      { service: 'OpenAI', documentType: 'Terms of Service' },
      { service: 'ChatGPT', documentType: 'Terms of Service' },
    ]);
    // Present, under one key, in every version of both documents.
    const versions = await dataSource.query(
      `SELECT count(*)::int AS n FROM tos_versions v JOIN tos_documents d ON d.id = v.document_id JOIN tos_services s ON s.id = d.service_id
       WHERE d.type = 'Terms of Service' AND s.name IN ('OpenAI', 'ChatGPT')`,
    );
    expect(history.entries.filter((e) => e.clause !== null)).toHaveLength(versions[0].n);
    const changes = history.entries.filter((e) => e.change !== null);
    expect(changes.map((e) => [e.version.recordedAt, e.version.service, e.change])).toEqual([
      ['2023-10-16T12:30:05.000Z', 'OpenAI', 'added'],
      ['2023-11-14T18:30:25.000Z', 'OpenAI', 'modified'],
      ['2024-06-10T00:30:02.000Z', 'ChatGPT', 'modified'],
    ]);
    expect(changes[0].clause?.label).toBe('(c)(iii)');
    expect(changes[0].clause?.text).toBe('use output from the Services to develop models that compete with OpenAI');
    expect(changes[1].clause?.text).toBe('Use Output to develop models that compete with OpenAI.');
    expect(changes[1].wordDiff).toContainEqual({ op: 'delete', text: 'use output from the Services' });
    expect(changes[2].clause?.text).toBe('Using Output to develop models that compete with OpenAI.');
    expect(changes[2].wordDiff).toContainEqual({ op: 'insert', text: 'Using' });
  });

  it('follows the same restriction through the business terms into the Services Agreement, with the 2025 Permitted Exception', async () => {
    const ref = { service: 'ChatGPT', documentType: 'Commercial Terms' };
    const [latest] = (await queries.listVersions(ref, { limit: 1 })).items;
    const clauses = (await queries.getVersion(ref, latest.id)).clauses.filter((c) => COMPETE.test(c.text));
    expect(clauses).toHaveLength(1);
    expect(clauses[0].label).toBe('3.3(e)');
    const history = await queries.clauseHistory(ref, clauses[0].key);
    printHistory(history);
    expect(history.lineage.map((d) => `${d.service}/${d.documentType}`)).toEqual([
      'OpenAI/Platform to Business Notice',
      'ChatGPT/Platform to Business Notice',
      'ChatGPT/Commercial Terms',
    ]);
    const changes = history.entries.filter((e) => e.change !== null);
    expect(changes.map((e) => e.change)).toEqual(['added', 'modified']);
    const exception = changes[1];
    expect(exception.version.service).toBe('ChatGPT');
    expect(exception.version.documentType).toBe('Platform to Business Notice');
    expect(exception.version.recordedAt).toBe('2025-05-31T00:30:33.000Z');
    expect(exception.version.effectiveDate).toBe('2025-05-31');
    expect(exception.clause?.text).toContain('except for a Permitted Exception');
    expect(exception.wordDiff).toContainEqual({ op: 'insert', text: 'except for a Permitted Exception, ' });
    const before = history.entries[history.entries.indexOf(exception) - 1];
    expect(before.clause?.text).not.toContain('Permitted Exception');
    // Every version of the Services Agreement carries the clause, with the exception, under that key.
    const commercial = history.entries.filter((e) => e.version.documentType === 'Commercial Terms');
    expect(commercial.length).toBe(rows.find((r) => r.document === 'ChatGPT/Commercial Terms')?.kept);
    expect(commercial.every((e) => e.clause?.text.includes('Permitted Exception') && e.change === null)).toBe(true);
  });

  it('imports nothing twice when run again', async () => {
    const before = await Promise.all(
      ['tos_snapshots', 'tos_versions', 'tos_clauses', 'tos_changes', 'domain_events'].map(count),
    );
    const again = await ctx.app
      .get(TosImportService)
      .importFolder(corpusPath('tos'), { only: ['ChatGPT/Commercial Terms', 'Sana/Privacy Policy'] });
    expect(again.versionsStored).toBe(0);
    expect(again.alreadyImported).toBe(again.snapshots);
    expect(again.perDocument.map((d) => d.document)).toEqual([
      'OpenAI/Platform to Business Notice',
      'ChatGPT/Platform to Business Notice',
      'ChatGPT/Commercial Terms',
      'Sana/Privacy Policy',
    ]);
    const after = await Promise.all(
      ['tos_snapshots', 'tos_versions', 'tos_clauses', 'tos_changes', 'domain_events'].map(count),
    );
    expect(after).toEqual(before);
  });

  it('matches the table in docs/tos.md (CASETRAIL_UPDATE_DOCS=true rewrites it)', () => {
    const file = path.join(workspaceRoot(), 'docs', 'tos.md');
    const doc = fs.readFileSync(file, 'utf8');
    const start = doc.indexOf(REPORT_START);
    const end = doc.indexOf(REPORT_END);
    expect(start).toBeGreaterThanOrEqual(0);
    const table = formatStoredCorpusTable(rows);
    const current = doc.slice(start + REPORT_START.length, end).trim();
    if (current !== table.trim() && process.env['CASETRAIL_UPDATE_DOCS'] === 'true') {
      fs.writeFileSync(file, `${doc.slice(0, start + REPORT_START.length)}\n${table}${doc.slice(end)}`);
      return;
    }
    expect(current).toBe(table.trim());
  });
});
