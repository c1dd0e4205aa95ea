/**
 * The document id of a doc1/docs1 URL, normalised to the main-document form: PACER flags
 * attachment links by the fourth digit, which is set to 0 here
 * (`/doc1/01712427473` → `01702427473`).
 */
export function pacerDocIdFromUrl(url: string): string {
  const last = url.slice(url.lastIndexOf('/') + 1).split('?')[0];
  return last.length > 3 ? `${last.slice(0, 3)}0${last.slice(4)}` : last;
}

/** The de_seq_num argument of a `goDLS('/doc1/…','caseid','seq',…)` onclick handler. */
export function seqNoFromGoDls(onclick: string): string | null {
  if (!onclick.includes('goDLS')) return null;
  const args = [...onclick.matchAll(/'(.*?)'/g)].map((m) => m[1]);
  return args[2] ?? null;
}

/** A URL query parameter made of digits, e.g. `de_seq_num` or `caseid`. */
export function numericParam(url: string, name: string): string | null {
  const m = new RegExp(`${name}=(\\d+)`).exec(url);
  return m ? m[1] : null;
}

/**
 * The PACER case id in a docket link: `DktRpt.pl?56120` → 56120,
 * `iquery.pl?625371913403797-L_9999_1-0-663150` → 663150.
 */
export function pacerCaseIdFromUrl(url: string): string | null {
  const q = url.indexOf('?');
  if (q < 0) return null;
  const param = url.slice(q + 1).split('?')[0];
  if (param.includes('L')) return param.slice(param.lastIndexOf('-') + 1);
  return param;
}
