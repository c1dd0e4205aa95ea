/**
 * Claims read from every complaint in the corpus (documents.json rows typed "complaint"), on the
 * pages the PDF extractor gives. The expected counts were read from each complaint by hand.
 */
import { readFileSync } from 'node:fs';
import { ClaimCode, extractPleadedClaims } from '@casetrail/cases';
import { corpusPath } from '@casetrail/testing';
import { loadCorpusDocuments } from '../../testing/corpus-documents';
import { extractDocument } from './extract-document';

jest.setTimeout(120_000);

const EXPECTED: Record<
  string,
  { label: string; heading: string; codes: ClaimCode[]; statutes: string[]; page: number }[]
> = {
  // "CLAIM FOR RELIEF: Copyright Infringement (17 U.S.C. § 501)", the complaint's one count, page 17 of 20.
  'pdf/bartz-v-anthropic_3-24-cv-05417_ecf1_class-action-complaint_2024-08-19.pdf': [
    {
      label: 'CLAIM FOR RELIEF',
      heading: 'Copyright Infringement (17 U.S.C. § 501)',
      codes: [ClaimCode.CopyrightDirect],
      statutes: ['17 U.S.C. § 501'],
      page: 17,
    },
  ],
  // An insurance coverage complaint: three causes of action, each marker over its heading (pages 18, 20, 22).
  'pdf/gov.uscourts.caed.373457.1.0.pdf': [
    {
      label: 'FIRST CAUSE OF ACTION',
      heading: 'Declaratory Relief – Duty to Defend',
      codes: [ClaimCode.Other],
      statutes: [],
      page: 18,
    },
    {
      label: 'SECOND CAUSE OF ACTION',
      heading: 'Breach Of Contract',
      codes: [ClaimCode.BreachOfContract],
      statutes: [],
      page: 20,
    },
    {
      label: 'THIRD CAUSE OF ACTION',
      heading: 'BREACH OF THE COVENANT OF GOOD FAITH AND FAIR DEALING',
      codes: [ClaimCode.BreachOfContract],
      statutes: [],
      page: 22,
    },
  ],
};

describe('claims of the corpus complaints', () => {
  const complaints = loadCorpusDocuments().filter(
    (row) => row.file.startsWith('pdf/') && /^(?:amended )?complaint/i.test(row.documentType),
  );

  it('has an expectation for every complaint in documents.json', () => {
    expect(complaints.map((row) => row.file).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.keys(EXPECTED))('%s', async (file) => {
    const bytes = readFileSync(corpusPath('filings', file));
    const { pages } = await extractDocument(bytes, { mediaType: 'application/pdf', fileName: file });
    const claims = extractPleadedClaims(pages);
    expect(
      claims.map(({ label, heading, codes, statutes, page }) => ({ label, heading, codes, statutes, page })),
    ).toEqual(EXPECTED[file]);
  });
});
