import { DOMAIN_ERROR_CODE_ENUMS, ERROR_CODE_PATTERN } from './domain-error-codes';

describe('domain error codes', () => {
  const entries = Object.entries(DOMAIN_ERROR_CODE_ENUMS).flatMap(([name, values]) =>
    Object.values(values).map((code) => ({ name, code: String(code) })),
  );

  it('gives each code to exactly one enum', () => {
    const owners = new Map<string, string[]>();
    for (const { name, code } of entries) owners.set(code, [...(owners.get(code) ?? []), name]);
    const shared = [...owners].filter(([, names]) => names.length > 1);
    expect(shared).toEqual([]);
  });

  it('names every code in lower snake case', () => {
    expect(entries.filter(({ code }) => !ERROR_CODE_PATTERN.test(code))).toEqual([]);
  });
});
