import { emptySearchDocument, SearchDocument, SearchKind } from '../search-document';

const day = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / 1000);

function page(id: string, fields: Partial<SearchDocument>): SearchDocument {
  const base = emptySearchDocument(id, SearchKind.Filing);
  const doc = { ...base, ...fields };
  return { ...doc, year: doc.filedAt ? new Date(doc.filedAt * 1000).getUTCFullYear() : null };
}

const bartz = {
  caseId: 'c-bartz',
  caseSlug: 'bartz-v-anthropic',
  caseName: 'Bartz v. Anthropic',
  court: 'cand',
  docketNumber: '3:24-cv-05417',
  parties: ['Andrea Bartz', 'Anthropic PBC'],
  judges: ['William Alsup'],
};
const nyt = {
  caseId: 'c-nyt',
  caseSlug: 'nyt-v-microsoft-openai',
  caseName: 'NYT v. Microsoft & OpenAI',
  court: 'nysd',
  docketNumber: '1:23-cv-11195',
  parties: ['The New York Times Company', 'OpenAI, Inc.', 'Microsoft Corporation'],
  judges: ['Sidney H. Stein'],
};
const kadrey = {
  caseId: 'c-kadrey',
  caseSlug: 'kadrey-v-meta',
  caseName: 'Kadrey v. Meta',
  court: 'cand',
  docketNumber: '3:23-cv-03417',
  parties: ['Richard Kadrey', 'Meta Platforms, Inc.'],
  judges: ['Vince Chhabria'],
};

/** A small corpus with known answers for the contract suite (texts paraphrase real filings). */
export const CONTRACT_DOCUMENTS: SearchDocument[] = [
  page('bartz-order-1', {
    ...bartz,
    documentId: 'd-bartz-order',
    documentTitle: 'Order on Fair Use',
    documentType: 'order',
    entryNumber: '231',
    page: 1,
    filedAt: day('2025-06-23'),
    text: 'The training use was a fair use. The purpose and character of using copyrighted works to train large language models was exceedingly transformative.',
  }),
  page('bartz-order-2', {
    ...bartz,
    documentId: 'd-bartz-order',
    documentTitle: 'Order on Fair Use',
    documentType: 'order',
    entryNumber: '231',
    page: 2,
    filedAt: day('2025-06-23'),
    text: 'Anthropic downloaded millions of pirated copies from pirate libraries. The piracy of library copies was not a fair use of the books.',
  }),
  page('bartz-complaint-1', {
    ...bartz,
    documentId: 'd-bartz-complaint',
    documentTitle: 'Class Action Complaint',
    documentType: 'complaint',
    entryNumber: '1',
    page: 1,
    filedAt: day('2024-08-19'),
    text: 'Plaintiffs are authors whose copyrighted books were used without permission to train the Claude models. Copyright infringement is alleged.',
  }),
  page('nyt-complaint-1', {
    ...nyt,
    documentId: 'd-nyt-complaint',
    documentTitle: 'Complaint',
    documentType: 'complaint',
    entryNumber: '1',
    page: 1,
    filedAt: day('2023-12-27'),
    text: 'The Times brings this action for copyright infringement of millions of its articles used to train generative models. Fair use is no defense to wholesale copying.',
  }),
  page('nyt-order-1', {
    ...nyt,
    documentId: 'd-nyt-order',
    documentTitle: 'Opinion and Order on Motions to Dismiss',
    documentType: 'opinion',
    entryNumber: '514',
    page: 1,
    filedAt: day('2025-04-04'),
    text: 'The motion to dismiss the contributory infringement claim is denied. The removal of copyright management information claim is dismissed in part.',
  }),
  page('kadrey-order-1', {
    ...kadrey,
    documentId: 'd-kadrey-order',
    documentTitle: 'Order on Summary Judgment',
    documentType: 'order',
    entryNumber: '598',
    page: 1,
    filedAt: day('2025-06-25'),
    text: 'Meta is entitled to summary judgment on its fair use defense as to these plaintiffs, who failed to show market dilution. Use of pirated shadow libraries is noted.',
  }),
  page('kadrey-motion-1', {
    ...kadrey,
    documentId: 'd-kadrey-motion',
    documentTitle: 'Motion for Summary Judgment',
    documentType: 'motion',
    entryNumber: '501',
    page: 1,
    filedAt: day('2025-03-24'),
    text: 'Meta moves for summary judgment that training Llama on books is transformative. <script>alert(1)</script> & "quotes" stay text.',
  }),
  {
    ...emptySearchDocument('case-bartz', SearchKind.Case),
    ...bartz,
    text: 'Authors sue Anthropic over training on pirated and purchased books. Class action settled.',
  },
  {
    ...emptySearchDocument('case-nyt', SearchKind.Case),
    ...nyt,
    text: 'News publisher sues over the use of its articles to train ChatGPT.',
  },
];

export const day0 = day;

function docketEntry(
  id: string,
  entryNumber: number | null,
  iso: string,
  entryType: string,
  text: string,
): SearchDocument {
  const filedAt = day(iso);
  return {
    ...emptySearchDocument(id, SearchKind.DocketEntry),
    ...bartz,
    documentTitle: entryNumber === null ? null : `No. ${entryNumber}`,
    documentType: entryType,
    entryNumber: entryNumber === null ? null : String(entryNumber),
    text,
    filedAt,
    year: new Date(filedAt * 1000).getUTCFullYear(),
  };
}

/** Docket entries, added and removed by their own contract case (so the other cases' counts stay put). */
export const DOCKET_ENTRY_DOCUMENTS: SearchDocument[] = [
  docketEntry(
    'entry-bartz-40',
    40,
    '2024-10-10',
    'motion',
    'MOTION to Dismiss First Amended Complaint filed by Anthropic PBC.',
  ),
  docketEntry(
    'entry-bartz-41',
    41,
    '2024-10-24',
    'opposition',
    'OPPOSITION to Motion to Dismiss filed by Andrea Bartz.',
  ),
  docketEntry(
    'entry-bartz-62',
    62,
    '2025-01-15',
    'order',
    'ORDER DENYING Motion to Dismiss. Signed by Judge William Alsup.',
  ),
  docketEntry(
    'entry-bartz-minute',
    null,
    '2025-02-03',
    'minute_entry',
    'Minute Entry for proceedings held before Judge William Alsup: Case Management Conference.',
  ),
];

function facetProbe(id: string, caseSlug: string): SearchDocument {
  return { ...emptySearchDocument(id, SearchKind.Filing), caseSlug, documentType: 'facet_probe', text: 'facet probe' };
}

/**
 * 115 values of one facet: five (named last) with three matches each, then 110 with one match, so
 * that the first 100 by name and the top 100 by count differ, and the cut falls inside a tie.
 */
export const FACET_PROBE_DOCUMENTS: SearchDocument[] = [
  ...Array.from({ length: 5 }, (_, i) =>
    [1, 2, 3].map((copy) => facetProbe(`facet-z-${i + 1}-${copy}`, `probe-z-${i + 1}`)),
  ).flat(),
  ...Array.from({ length: 110 }, (_, i) => facetProbe(`facet-a-${i}`, `probe-a-${String(i).padStart(3, '0')}`)),
];
