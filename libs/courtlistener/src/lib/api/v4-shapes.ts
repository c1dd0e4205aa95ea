import { CourtListenerError, CourtListenerErrorCode } from '../courtlistener-error';
import type { V4Attorney, V4Docket, V4DocketEntry, V4Page, V4Party, V4RecapDocument } from './v4-types';

/**
 * Checks that an answer has CourtListener's v4 shape before anything is written from it; any
 * mismatch is `courtlistener_malformed_response` naming the path of the first bad field.
 */
type Obj = Record<string, unknown>;

function fail(what: string, path: string, expected: string): never {
  throw new CourtListenerError(
    CourtListenerErrorCode.MalformedResponse,
    `CourtListener's ${what} is not in the v4 shape: ${path} should be ${expected}.`,
    { what, path },
  );
}

class Reader {
  constructor(
    private readonly what: string,
    private readonly value: Obj,
    private readonly path: string,
  ) {}

  static of(what: string, value: unknown, path = '$'): Reader {
    if (!value || typeof value !== 'object' || Array.isArray(value)) fail(what, path, 'an object');
    return new Reader(what, value as Obj, path);
  }

  private at(key: string): string {
    return `${this.path}.${key}`;
  }

  int(key: string): number {
    const v = this.value[key];
    if (typeof v !== 'number' || !Number.isInteger(v)) fail(this.what, this.at(key), 'an integer');
    return v;
  }

  intOrNull(key: string): number | null {
    return this.value[key] === null || this.value[key] === undefined ? null : this.int(key);
  }

  str(key: string): string {
    const v = this.value[key];
    if (typeof v !== 'string') fail(this.what, this.at(key), 'a string');
    return v;
  }

  /** Absent, null and '' all read as ''. */
  text(key: string): string {
    const v = this.value[key];
    return v === null || v === undefined ? '' : this.str(key);
  }

  strOrNull(key: string): string | null {
    const v = this.value[key];
    return v === null || v === undefined ? null : this.str(key);
  }

  date(key: string): string | null {
    const v = this.strOrNull(key);
    if (v !== null && !/^\d{4}-\d{2}-\d{2}$/.test(v)) fail(this.what, this.at(key), 'a yyyy-mm-dd date');
    return v;
  }

  boolOrNull(key: string): boolean | null {
    const v = this.value[key];
    if (v === null || v === undefined) return null;
    if (typeof v !== 'boolean') fail(this.what, this.at(key), 'a boolean');
    return v;
  }

  list<T>(key: string, item: (r: Reader) => T): T[] {
    const v = this.value[key];
    if (!Array.isArray(v)) fail(this.what, this.at(key), 'an array');
    return v.map((x, i) => item(Reader.of(this.what, x, `${this.at(key)}[${i}]`)));
  }

  raw(key: string): unknown {
    return this.value[key];
  }
}

export function readPage<T>(what: string, body: unknown, item: (r: Reader) => T): V4Page<T> {
  const r = Reader.of(what, body);
  const count = r.raw('count');
  return {
    count: typeof count === 'string' || typeof count === 'number' ? count : null,
    next: r.strOrNull('next'),
    previous: r.strOrNull('previous'),
    results: r.list('results', item),
  };
}

export function readDocket(body: unknown): V4Docket {
  const r = Reader.of('docket', body);
  return {
    id: r.int('id'),
    court_id: r.str('court_id'),
    case_name: r.text('case_name'),
    case_name_short: r.text('case_name_short'),
    case_name_full: r.text('case_name_full'),
    docket_number: r.text('docket_number'),
    date_filed: r.date('date_filed'),
    date_terminated: r.date('date_terminated'),
    date_modified: r.str('date_modified'),
    cause: r.text('cause'),
    nature_of_suit: r.text('nature_of_suit'),
    jury_demand: r.text('jury_demand'),
    jurisdiction_type: r.text('jurisdiction_type'),
    assigned_to_str: r.text('assigned_to_str'),
    referred_to_str: r.text('referred_to_str'),
    pacer_case_id: r.strOrNull('pacer_case_id'),
    absolute_url: r.text('absolute_url'),
  };
}

export function readRecapDocument(r: Reader): V4RecapDocument {
  return {
    id: r.int('id'),
    description: r.text('description'),
    document_type: r.int('document_type'),
    document_number: r.text('document_number'),
    attachment_number: r.intOrNull('attachment_number'),
    pacer_doc_id: r.strOrNull('pacer_doc_id'),
    is_available: r.boolOrNull('is_available'),
    sha1: r.text('sha1'),
    page_count: r.intOrNull('page_count'),
    file_size: r.intOrNull('file_size'),
    filepath_local: r.strOrNull('filepath_local') || null,
    absolute_url: r.text('absolute_url'),
    date_modified: r.str('date_modified'),
  };
}

export function readDocketEntry(r: Reader): V4DocketEntry {
  const docket = r.raw('docket');
  return {
    id: r.int('id'),
    docket: typeof docket === 'number' ? docket : r.str('docket'),
    date_filed: r.date('date_filed'),
    entry_number: r.intOrNull('entry_number'),
    recap_sequence_number: r.text('recap_sequence_number'),
    pacer_sequence_number: r.intOrNull('pacer_sequence_number'),
    description: r.text('description'),
    date_created: r.str('date_created'),
    date_modified: r.str('date_modified'),
    recap_documents: r.list('recap_documents', readRecapDocument),
  };
}

export function readParty(r: Reader): V4Party {
  return {
    id: r.int('id'),
    name: r.text('name'),
    extra_info: r.text('extra_info'),
    attorneys: r.list('attorneys', (a) => ({
      attorney: a.text('attorney'),
      attorney_id: a.int('attorney_id'),
      date_action: a.date('date_action'),
      docket: a.text('docket'),
      docket_id: a.int('docket_id'),
      role: a.int('role'),
    })),
    party_types: r.list('party_types', (t) => ({ party_type: t.text('party_type') })),
  };
}

export function readAttorney(r: Reader): V4Attorney {
  return {
    id: r.int('id'),
    name: r.text('name'),
    contact_raw: r.text('contact_raw'),
    phone: r.text('phone'),
    fax: r.text('fax'),
    email: r.text('email'),
  };
}

export type { Reader };
