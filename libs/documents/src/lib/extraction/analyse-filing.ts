import { explainClassification } from './classify-document';
import { deriveTitle } from './derive-title';
import { DocumentType } from './document-type';
import { detectDistrictCourt } from './district-court';
import { ExtractionResult } from './extraction-result';
import { deriveFilingMetadata, documentLeadText } from './filing-metadata';

/** What the text of a filing says about it: its header stamp, its court, its type and a title. */
export interface FilingAnalysis {
  docketNumber: string | null;
  ecfNumber: number | null;
  attachmentNumber: number | null;
  filedOn: string | null;
  /** PACER id of the district court named in the caption, if any. */
  courtHint: string | null;
  documentType: DocumentType;
  title: string | null;
}

export interface AnalyseFilingHints {
  /** A title given by the uploader: classified as the strongest evidence. */
  title?: string | null;
}

export function analyseFiling(result: ExtractionResult, hints: AnalyseFilingHints = {}): FilingAnalysis {
  const metadata = deriveFilingMetadata(result.pages);
  const lead = documentLeadText(result.pages);
  const classification = explainClassification({
    headerText: hints.title ?? undefined,
    title: result.title,
    firstPageText: lead,
  });
  return {
    docketNumber: metadata?.docketNumber ?? null,
    ecfNumber: metadata?.ecfNumber ?? null,
    attachmentNumber: metadata?.attachmentNumber ?? null,
    filedOn: metadata?.filedOn ?? null,
    // An appellate filing names the district court it hears an appeal from, not its own court.
    courtHint: metadata?.style === 'appellate' ? null : detectDistrictCourt(lead),
    documentType: classification.type,
    title: deriveTitle(lead, classification.type, result.title),
  };
}
