import PDFDocument from 'pdfkit';
import { Readable } from 'node:stream';
import { EvidencePackView } from './evidence-views';

const WIN_ANSI_EXTRAS = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

/** The standard PDF fonts read WinAnsi: other characters become "?". */
function pdfText(text: string): string {
  return [...text.replace(/\s+/g, ' ')]
    .map((ch) => (ch.charCodeAt(0) < 256 || WIN_ANSI_EXTRAS.has(ch) ? ch : '?'))
    .join('');
}

/** The evidence pack as a PDF (pdfkit, standard fonts, page numbers in the footer). */
export function evidencePdf(pack: EvidencePackView): Readable {
  const doc = new PDFDocument({
    size: 'LETTER',
    margin: 54,
    bufferPages: true,
    info: { Title: `ToS evidence: ${pack.case.shortName}` },
  });
  const heading = (text: string, size: number) =>
    doc.font('Helvetica-Bold').fontSize(size).text(pdfText(text)).moveDown(0.3);
  const body = (text: string, size = 9) => doc.font('Helvetica').fontSize(size).text(pdfText(text)).moveDown(0.2);
  heading(`Terms-of-service evidence: ${pack.case.shortName}`, 16);
  body(pack.case.caption, 10);
  body(`Period: ${pack.from} to ${pack.to}. Generated ${pack.generatedAt}.`, 10);
  if (pack.providers.length === 0) body('No party of this case is a tracked provider.', 10);
  for (const provider of pack.providers) {
    doc.moveDown(0.5);
    heading(provider.provider, 14);
    body(`Parties: ${provider.parties.map((p) => `${p.name} (${p.role})`).join('; ')}`);
    for (const d of provider.documents) {
      heading(`${d.service} - ${d.documentType}`, 12);
      for (const v of d.versions) {
        doc
          .font('Helvetica-Bold')
          .fontSize(10)
          .text(pdfText(`Version recorded ${v.recordedAt} (${v.service} ${v.documentType})`));
        body(`SHA-256 ${v.sha256}`, 8);
        body(`Source ${v.sourceUrl ?? 'unknown'}; effective ${v.effectiveDate ?? 'not stated'}`, 8);
        for (const c of v.clauses) body(`[${c.topics.join(', ')}] ${c.label ? `(${c.label}) ` : ''}${c.text}`);
      }
      if (d.changes.length > 0) {
        doc.font('Helvetica-Bold').fontSize(10).text('Changes across the period');
        for (const change of d.changes) {
          doc.font('Helvetica').fontSize(9).text(`${change.kind}: `, { continued: true });
          for (const op of change.wordDiff ?? [
            { op: 'equal' as const, text: change.after?.text ?? change.before?.text ?? '' },
          ]) {
            const color = op.op === 'insert' ? '#166534' : op.op === 'delete' ? '#b91c1c' : '#000000';
            doc
              .fillColor(color)
              .text(pdfText(op.text), { continued: true, strike: op.op === 'delete', underline: op.op === 'insert' });
          }
          doc.fillColor('#000000').text(' ').moveDown(0.2);
        }
      }
      if (d.quotedBy.length > 0) {
        doc.font('Helvetica-Bold').fontSize(10).text('Quoted in this case');
        for (const q of d.quotedBy)
          body(
            `${q.document.title ?? q.document.id} (${q.document.filedOn ?? 'undated'}${q.page ? `, p. ${q.page}` : ''}): "${q.matchedText}"`,
          );
      }
    }
  }
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    doc
      .font('Helvetica')
      .fontSize(8)
      .fillColor('#555555')
      .text(`Page ${i + 1} of ${range.count}`, 54, doc.page.height - 40, { lineBreak: false });
  }
  doc.end();
  return doc as unknown as Readable;
}
