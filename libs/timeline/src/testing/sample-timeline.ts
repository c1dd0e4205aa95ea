import { Significance, TimelineItem, TimelineMeta } from '../lib/export/timeline-item';

// Invented fixture: two fictional AI copyright cases, for rendering samples and round-trip tests.
const HARBOR = {
  caseSlug: 'harbor-press-guild-v-lumen-ai',
  caseName: 'Harbor Press Guild v. Lumen AI, Inc.',
  court: 'U.S. District Court, N.D. Cal.',
  docketNumber: '3:24-cv-04412-RFL',
};
const SONORA = {
  caseSlug: 'sonora-records-v-cadence-labs',
  caseName: 'Sonora Records LLC v. Cadence Labs',
  court: 'U.S. District Court, S.D.N.Y.',
  docketNumber: '1:24-cv-07731-JPO',
};

type Row = [
  date: string,
  type: string,
  entry: string | null,
  significance: Significance,
  title: string,
  summary: string | null,
];

const HARBOR_ROWS: Row[] = [
  [
    '2024-03-12',
    'complaint',
    '1',
    'major_filing',
    'Class action complaint for copyright infringement',
    'Authors allege Lumen trained its "Quill" models on 190,000 pirated books from shadow libraries.',
  ],
  ['2024-03-19', 'summons', '6', 'routine', 'Summons issued as to Lumen AI, Inc.', null],
  ['2024-04-02', 'order', '14', 'routine', 'Order reassigning case to Judge Rita F. Lin', null],
  [
    '2024-05-20',
    'motion',
    '31',
    'major_filing',
    'Lumen motion to dismiss DMCA § 1202(b) and unjust-enrichment claims',
    'Argues outputs are not "identical copies", so no CMI removal claim lies.',
  ],
  ['2024-06-17', 'opposition', '38', 'routine', 'Plaintiffs’ opposition to motion to dismiss', null],
  ['2024-07-01', 'reply', '41', 'routine', 'Reply in support of motion to dismiss', null],
  [
    '2024-07-25',
    'hearing',
    '45',
    'routine',
    'Hearing on motion to dismiss',
    'Argument held by videoconference; matter submitted.',
  ],
  [
    '2024-08-30',
    'order',
    '52',
    'key_ruling',
    'Order granting in part motion to dismiss (DMCA claims dismissed with leave to amend)',
    'Direct infringement claim proceeds; § 1202(b) claim fails for lack of identicality; unjust enrichment preempted.',
  ],
  [
    '2024-09-27',
    'amended complaint',
    '58',
    'major_filing',
    'First amended consolidated complaint',
    'Adds Müller — “quoted” translator plaintiffs and a claim based on the Books3 dataset.',
  ],
  [
    '2024-10-15',
    'stipulation',
    '63',
    'routine',
    'Stipulated protective order, with AI-specific provisions for training-data inspection',
    null,
  ],
  [
    '2024-11-08',
    'discovery',
    '71',
    'routine',
    'Joint discovery letter brief re: production of training datasets',
    'Parties dispute whether Lumen must produce dataset manifests, "deduplication logs", and filter lists.',
  ],
  ['2024-12-02', 'order', '77', 'major_filing', 'Discovery order compelling production of dataset manifests', null],
  ['2025-01-21', 'motion', '89', 'routine', 'Motion to compel deposition of Lumen CEO', null],
  ['2025-02-14', 'order', '96', 'routine', 'Order denying motion to compel apex deposition, without prejudice', null],
  [
    '2025-04-03',
    'motion',
    '118',
    'major_filing',
    'Lumen motion for summary judgment on fair use',
    'Training is "quintessentially transformative"; no market substitution shown.',
  ],
  [
    '2025-04-03',
    'motion',
    '121',
    'major_filing',
    'Plaintiffs’ cross-motion for partial summary judgment on piracy-library copies',
    null,
  ],
  ['2025-05-22', 'hearing', '140', 'routine', 'Hearing on cross-motions for summary judgment', null],
  [
    '2025-06-30',
    'opinion',
    '152',
    'key_ruling',
    'Order on fair use: training is fair use; retention of pirated library copies is not',
    'Court splits the copies: training copies transformative; central library of pirated books not excused. 🤖📚',
  ],
  [
    '2025-07-18',
    'class certification',
    '166',
    'key_ruling',
    'Order certifying class of authors of books in pirated-library datasets',
    null,
  ],
  [
    '2025-09-05',
    'settlement',
    '190',
    'key_ruling',
    'Notice of proposed class settlement ($410 million)',
    'About $2,900 per work; destruction of pirated copies; no release for future outputs.',
  ],
  ['2025-10-09', 'order', '204', 'major_filing', 'Order granting preliminary approval of class settlement', null],
];

const SONORA_ROWS: Row[] = [
  [
    '2024-06-24',
    'complaint',
    '1',
    'major_filing',
    'Complaint: record labels sue Cadence Labs over AI music generator "Refrain"',
    'Alleges copying of decades of sound recordings to train a text-to-music model.',
  ],
  ['2024-07-15', 'notice', '12', 'routine', 'Notice of appearance for Cadence Labs', null],
  [
    '2024-08-01',
    'answer',
    '20',
    'major_filing',
    'Answer asserting fair use defense',
    'Cadence concedes training on recordings "at scale", says use is transformative, non-expressive, and fair.',
  ],
  ['2024-09-10', 'conference', '27', 'routine', 'Initial pretrial conference, scheduling order entered', null],
  ['2024-10-22', 'motion', '35', 'routine', 'Letter motion to strike "fair use" defense as to output copies', null],
  ['2024-11-19', 'order', '44', 'routine', 'Order denying letter motion to strike', null],
  [
    '2025-01-08',
    'amended complaint',
    '59',
    'major_filing',
    'Amended complaint adding stream-ripping (§ 1201) anti-circumvention claim',
    'Labels allege Cadence circumvented YouTube\'s "rolling cipher" to download recordings.',
  ],
  ['2025-02-05', 'motion', '66', 'major_filing', 'Motion to dismiss the § 1201 claim', null],
  ['2025-03-11', 'discovery', '74', 'routine', 'Joint letter re: sampling of 5,000 model outputs', null],
  [
    '2025-04-14',
    'order',
    '83',
    'routine',
    'Order setting output-sampling protocol',
    'Protocol: 5,000 prompts, 3 seeds each; results filed under seal.\nSecond line, with a comma, and "quotes".',
  ],
  [
    '2025-05-27',
    'opinion',
    '97',
    'key_ruling',
    'Opinion & order denying motion to dismiss § 1201 claim',
    'Rolling-cipher protection is a technological measure that "effectively controls access".',
  ],
  ['2025-06-18', 'transfer', null, 'routine', 'JPML denies motion to centralize AI music cases', null],
  [
    '2025-07-30',
    'settlement',
    '118',
    'major_filing',
    'Partial settlement with one label plaintiff; joint licensed platform announced',
    null,
  ],
  ['2025-08-19', 'motion', '125', 'routine', 'Motion to seal portions of expert reports', null],
  ['2025-09-16', 'hearing', '131', 'routine', 'Status conference on remaining labels’ claims', null],
  ['2025-10-28', 'motion', '140', 'major_filing', 'Cadence motion for summary judgment on fair use', null],
  ['2025-11-13', 'order', '146', 'routine', 'Scheduling order: summary judgment hearing set for February 2026', null],
  [
    '2025-11-21',
    'tos_change',
    null,
    'routine',
    'Cadence updates its Terms of Service: output ownership clause rewritten',
    'Users now receive "all right, title and interest" in outputs, except sampled works.',
  ],
];

function toItems(c: typeof HARBOR, rows: Row[], prefix: string): TimelineItem[] {
  return rows.map(([date, type, entry, significance, title, summary], i) => ({
    id: `entry:${prefix}-${String(i + 1).padStart(4, '0')}`,
    date,
    ...c,
    type,
    title,
    summary,
    entryNumber: entry,
    documentId: entry ? `doc-${prefix}-${entry}` : null,
    sourceUrl: entry
      ? `https://courtlistener.example/docket/${prefix}/${entry}/`
      : 'https://news.example.com/ai-music?ref=casetrail&x=1',
    significance,
  }));
}

export const SAMPLE_META: TimelineMeta = {
  title: 'AI copyright litigation — sample timeline',
  generatedAt: '2025-12-01T09:30:00.000Z',
  cases: [HARBOR, SONORA].map((c) => ({
    slug: c.caseSlug,
    name: c.caseName,
    court: c.court,
    docketNumber: c.docketNumber,
  })),
  filters: { significance: 'all', from: '2024-01-01' },
};

/** About 40 items over two cases, sorted by date as the API would send them. */
export function sampleItems(): TimelineItem[] {
  return [...toItems(HARBOR, HARBOR_ROWS, 'hpg'), ...toItems(SONORA, SONORA_ROWS, 'src')].sort(
    (a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id),
  );
}

export async function* asAsync<T>(items: Iterable<T>): AsyncGenerator<T> {
  for (const item of items) yield item;
}

export async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
  return Buffer.concat(chunks);
}
