import type { WordDiffOp } from '../analysis/types';
import { EvidencePackView } from './evidence-views';

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Word diff as Markdown: insertions in bold, deletions struck through. */
export function diffMarkdown(ops: readonly WordDiffOp[]): string {
  return ops
    .map((op) =>
      op.op === 'equal' ? op.text : op.op === 'insert' ? `**${op.text.trim()}** ` : `~~${op.text.trim()}~~ `,
    )
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The evidence pack as one Markdown document. */
export function evidenceMarkdown(pack: EvidencePackView): string {
  const lines: string[] = [
    `# Terms-of-service evidence: ${pack.case.shortName}`,
    '',
    `${pack.case.caption}`,
    '',
    `Period: ${pack.from} to ${pack.to}. Generated ${pack.generatedAt}. Topics: ${pack.topics.join(', ')}.`,
    '',
  ];
  if (pack.providers.length === 0) lines.push('No party of this case is a tracked provider.', '');
  for (const provider of pack.providers) {
    lines.push(`## ${provider.provider}`, '');
    lines.push(`Parties: ${provider.parties.map((p) => `${p.name} (${p.role})`).join('; ')}`, '');
    for (const doc of provider.documents) {
      lines.push(`### ${doc.service} — ${doc.documentType}`, '');
      for (const v of doc.versions) {
        lines.push(`#### Version recorded ${v.recordedAt} (${v.service} ${v.documentType})`, '');
        lines.push(
          `- SHA-256: \`${v.sha256}\``,
          `- Source: ${v.sourceUrl ?? 'unknown'}`,
          `- Effective: ${v.effectiveDate ?? 'not stated'}`,
          `- Version id: \`${v.id}\``,
          '',
        );
        for (const c of v.clauses)
          lines.push(`- **${c.topics.join(', ')}** ${c.label ? `(${c.label}) ` : ''}${oneLine(c.text)}`);
        if (v.clauses.length > 0) lines.push('');
      }
      if (doc.changes.length > 0) {
        lines.push('Changes to these clauses across the period:', '');
        for (const change of doc.changes) {
          const text = change.wordDiff
            ? diffMarkdown(change.wordDiff)
            : oneLine(change.after?.text ?? change.before?.text ?? '');
          lines.push(`- ${change.kind}: ${text}`);
        }
        lines.push('');
      }
      if (doc.quotedBy.length > 0) {
        lines.push('Quoted in this case:', '');
        for (const q of doc.quotedBy)
          lines.push(
            `- ${q.document.title ?? q.document.id} (${q.document.filedOn ?? 'undated'}${q.page ? `, p. ${q.page}` : ''}): “${oneLine(q.matchedText)}” — version of ${q.version.recordedAt}`,
          );
        lines.push('');
      }
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
