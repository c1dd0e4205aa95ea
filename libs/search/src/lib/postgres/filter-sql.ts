import { SearchFilters } from '../search-query';

/** Parameterised WHERE clauses for the filters: user values never become SQL. */
export class SqlParams {
  readonly values: unknown[] = [];

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

export function filterClauses(filters: SearchFilters, params: SqlParams): string[] {
  const clauses: string[] = [];
  const equals = (column: string, value: string | undefined) => {
    if (value !== undefined) clauses.push(`d."${column}" = ${params.add(value)}`);
  };
  equals('kind', filters.kind);
  equals('case_slug', filters.case);
  equals('court', filters.court);
  equals('document_type', filters.documentType);
  equals('document_id', filters.document);
  equals('service', filters.service);
  if (filters.party !== undefined)
    clauses.push(`d."parties_lower" @> ARRAY[${params.add(filters.party.toLowerCase())}]::text[]`);
  if (filters.judge !== undefined)
    clauses.push(`d."judges_lower" @> ARRAY[${params.add(filters.judge.toLowerCase())}]::text[]`);
  if (filters.filedFrom !== undefined) clauses.push(`d."filed_at" >= ${params.add(filters.filedFrom)}`);
  if (filters.filedTo !== undefined) clauses.push(`d."filed_at" <= ${params.add(filters.filedTo)}`);
  return clauses;
}
