import { CourtListenerError, CourtListenerErrorCode } from '../courtlistener-error';

/**
 * A CourtListener docket id from what a user gives: the id (`68571705`) or a docket page URL
 * (`https://www.courtlistener.com/docket/68571705/the-new-york-times-company-v-microsoft-corporation/`).
 */
export function parseDocketReference(reference: { docketId?: number | string; url?: string }): string {
  if (reference.docketId !== undefined) {
    const id = String(reference.docketId).trim();
    if (/^[1-9]\d{0,11}$/.test(id)) return id;
  } else if (reference.url !== undefined) {
    try {
      const url = new URL(reference.url.trim());
      const match = /^\/docket\/([1-9]\d{0,11})(\/|$)/.exec(url.pathname);
      if ((url.protocol === 'https:' || url.protocol === 'http:') && match) return match[1];
    } catch {
      // Falls through to the refusal.
    }
  }
  throw new CourtListenerError(
    CourtListenerErrorCode.InvalidDocketReference,
    'Give a CourtListener docket id (a positive integer) or a docket URL such as https://www.courtlistener.com/docket/68571705/…/.',
    { reference },
  );
}

/** An id or a URL as typed on the command line. */
export function parseDocketArgument(argument: string): string {
  return /^\d+$/.test(argument.trim())
    ? parseDocketReference({ docketId: argument })
    : parseDocketReference({ url: argument });
}
