import { TimelineItem, TimelineMeta } from '../lib/export/timeline-item';

/** Items whose text exercises every escaping rule: quotes, commas, newlines, pipes, unicode, emoji. */
export const TRICKY_META: TimelineMeta = {
  title: 'Tricky, "quoted" | timeline; Müller — “quoted” 🤖',
  generatedAt: '2025-01-02T03:04:05.000Z',
  cases: [
    {
      slug: 'mueller-v-ai',
      name: 'Müller — “quoted” v. Émoji AI, Inc.',
      court: 'Landgericht München I',
      docketNumber: '42 O 1/24',
    },
  ],
};

const base = {
  caseSlug: 'mueller-v-ai',
  caseName: 'Müller — “quoted” v. Émoji AI, Inc.',
  court: 'Landgericht München I',
  docketNumber: '42 O 1/24',
  documentId: null,
};

export const TRICKY_ITEMS: TimelineItem[] = [
  {
    ...base,
    id: 'entry:0001',
    date: '2024-02-29',
    type: 'complaint',
    significance: 'major_filing',
    entryNumber: '1',
    title: 'Complaint, with "quotes", commas, and a | pipe',
    summary: 'Line one;\nline two, with comma\r\nline three \\ backslash',
    sourceUrl: 'https://example.com/docs?a=1&b=two,three',
  },
  {
    ...base,
    id: 'entry:0002',
    date: '2024-12-31',
    type: 'order',
    significance: 'key_ruling',
    entryNumber: '12-3',
    title: 'Müller — “quoted” ruling 🤖📚 on § 44b UrhG; naïve café façade',
    summary: 'Ünïcödé ✓ and emoji 👩‍⚖️ and CJK 著作権 and Polish łódź',
    sourceUrl: null,
  },
  {
    ...base,
    id: 'event:0003',
    date: '2025-01-01',
    type: 'tos_change',
    significance: 'routine',
    entryNumber: null,
    title: '=HYPERLINK("http://evil.example","click") <script>alert(1)</script> & more',
    summary: null,
    sourceUrl: 'https://example.com/terms',
  },
  {
    ...base,
    id: 'entry:0004',
    date: '2025-01-01',
    type: 'hearing',
    significance: 'routine',
    entryNumber: '40',
    title: `A very long title ${'that keeps going and going '.repeat(8)}until it must be folded and wrapped`,
    summary: 'é'.repeat(200),
    sourceUrl: 'https://example.com/very/long/path/' + 'x'.repeat(120),
  },
];
