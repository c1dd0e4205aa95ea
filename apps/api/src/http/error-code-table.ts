import { HTTP_STATUS_BY_CODE } from './api-error-code';

export const ERROR_TABLE_START =
  '<!-- error-codes:start (generated from apps/api/src/http/api-error-code.ts by `node tools/openapi.mjs`) -->';
export const ERROR_TABLE_END = '<!-- error-codes:end -->';

/** docs/api.md's table of error codes by HTTP status, made from the one code-to-status map. */
export function renderErrorCodeTable(): string {
  const byStatus = new Map<number, string[]>();
  for (const [code, status] of Object.entries(HTTP_STATUS_BY_CODE)) {
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  const rows = [...byStatus.entries()]
    .sort(([a], [b]) => a - b)
    .map(
      ([status, codes]) =>
        `| ${status} | ${codes
          .sort()
          .map((code) => `\`${code}\``)
          .join(', ')} |`,
    );
  return ['| status | codes |', '|---|---|', ...rows].join('\n');
}

/** `markdown` with the text between the two markers replaced by the current table. */
export function withErrorCodeTable(markdown: string): string {
  const start = markdown.indexOf(ERROR_TABLE_START);
  const end = markdown.indexOf(ERROR_TABLE_END);
  if (start < 0 || end < start) throw new Error('docs/api.md has no error-codes markers');
  return `${markdown.slice(0, start + ERROR_TABLE_START.length)}\n\n${renderErrorCodeTable()}\n\n${markdown.slice(end)}`;
}
