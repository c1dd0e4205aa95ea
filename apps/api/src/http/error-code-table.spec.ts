import { workspaceRoot } from '@casetrail/testing';
import fs from 'node:fs';
import path from 'node:path';
import { HTTP_STATUS_BY_CODE } from './api-error-code';
import { ERROR_TABLE_END, ERROR_TABLE_START, renderErrorCodeTable, withErrorCodeTable } from './error-code-table';

describe("docs/api.md's error table", () => {
  const docs = fs.readFileSync(path.join(workspaceRoot(), 'docs/api.md'), 'utf8');

  it('is the code map as it is now (else run `node tools/openapi.mjs`)', () => {
    const section = docs.slice(
      docs.indexOf(ERROR_TABLE_START) + ERROR_TABLE_START.length,
      docs.indexOf(ERROR_TABLE_END),
    );
    expect(section.trim()).toBe(renderErrorCodeTable());
    expect(withErrorCodeTable(docs)).toBe(docs);
  });

  it('lists every code of the map once, beside its status', () => {
    const listed = new Map<string, number>();
    for (const line of renderErrorCodeTable().split('\n').slice(2)) {
      const [, status, codes] = line.split('|').map((cell) => cell.trim());
      for (const code of codes.split(', ')) listed.set(code.replace(/`/g, ''), Number(status));
    }
    expect(Object.fromEntries(listed)).toEqual(HTTP_STATUS_BY_CODE);
    expect(listed.get('webhook_target_not_allowed')).toBe(400);
    expect(listed.get('invalid_feed_token')).toBe(401);
  });
});
