const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True for a canonical (8-4-4-4-12 hex) UUID: the form PostgreSQL's `uuid` type prints. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
