/** What the Jest global setup shares with test files, through environment variables. */
export const TEST_ADMIN_URL_VAR = 'CASETRAIL_TEST_ADMIN_URL';
export const TEST_TEMPLATE_VAR = 'CASETRAIL_TEST_TEMPLATE';

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
