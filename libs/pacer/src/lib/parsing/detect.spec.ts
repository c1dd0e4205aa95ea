import { corpusPath } from '@casetrail/testing';
import { readCorpusText } from '../../testing/corpus';
import { pacerErrorCodeOf } from '../../testing/error-code';
import { detectPacerReport } from './detect';
import { PacerError, PacerErrorCode } from '../pacer-error';

const docket = (name: string): string => readCorpusText(corpusPath('pacer', 'dockets', `${name}.html`));

const LOGIN_PAGE = `<html><head><title>PACER Login</title></head><body>
<form action="/csologin/login.jsf" method="post"><table><tr><td>Username</td><td><input name="loginForm:loginName" type="text"></td></tr>
<tr><td>Password</td><td><input name="loginForm:password" type="password"></td></tr></table>
<button type="submit">Login</button></form></body></html>`;

const CLAIMS_REGISTER = `<html><head><title>Claims Register</title></head><body><h2>Claims Register</h2>
<table><tr><td>Date Filed: 01/02/2017</td><td>Claim No: 1</td></tr></table></body></html>`;

describe('detectPacerReport', () => {
  it('accepts docket reports of district and bankruptcy courts and names the court', () => {
    expect(detectPacerReport(docket('akd'))).toEqual({ kind: 'docket_report', court: 'akd', bankruptcy: false });
    expect(detectPacerReport(docket('alnb_1'))).toEqual({ kind: 'docket_report', court: 'alnb', bankruptcy: true });
    // No CM/ECF host on the page, but the title says "CM/ECF - casd".
    expect(detectPacerReport(docket('casd_2')).court).toBe('casd');
  });

  it('falls back to the caller court only when the page does not say', () => {
    expect(detectPacerReport(docket('dcd_1')).court).toBeNull();
    expect(detectPacerReport(docket('dcd_1'), { court: 'dcd' }).court).toBe('dcd');
    expect(detectPacerReport(docket('akd'), { court: 'nysd' }).court).toBe('akd');
  });

  it('refuses empty input', () => {
    expect(pacerErrorCodeOf(() => detectPacerReport(''))).toBe(PacerErrorCode.EmptyInput);
    expect(pacerErrorCodeOf(() => detectPacerReport(' \n\t'))).toBe(PacerErrorCode.EmptyInput);
  });

  it('refuses a login page', () => {
    expect(pacerErrorCodeOf(() => detectPacerReport(LOGIN_PAGE))).toBe(PacerErrorCode.LoginPage);
  });

  it('refuses a CM/ECF error message page', () => {
    expect(pacerErrorCodeOf(() => detectPacerReport(docket('dcd_2')))).toBe(PacerErrorCode.ErrorPage);
    const notFound = '<html><body><div id="cmecfMainContent">Case not found.</div></body></html>';
    expect(pacerErrorCodeOf(() => detectPacerReport(notFound))).toBe(PacerErrorCode.ErrorPage);
  });

  it('refuses pages that are not docket reports', () => {
    expect(pacerErrorCodeOf(() => detectPacerReport(docket('canb_1')))).toBe(PacerErrorCode.NotADocketReport);
    expect(pacerErrorCodeOf(() => detectPacerReport(CLAIMS_REGISTER))).toBe(PacerErrorCode.NotADocketReport);
    const feed = readCorpusText(corpusPath('pacer', 'rss', 'cafc.xml'));
    expect(pacerErrorCodeOf(() => detectPacerReport(feed))).toBe(PacerErrorCode.NotADocketReport);
    expect(pacerErrorCodeOf(() => detectPacerReport('<p>hello</p>'))).toBe(PacerErrorCode.NotADocketReport);
  });

  it('refuses a page rewritten by a browser extension', () => {
    const altered = docket('akd').replace('Gifford', 'Drumpf');
    expect(pacerErrorCodeOf(() => detectPacerReport(altered))).toBe(PacerErrorCode.AlteredPage);
  });

  it('throws PacerError instances that carry their code', () => {
    let error: unknown;
    try {
      detectPacerReport('');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PacerError);
    expect((error as PacerError).name).toBe('PacerError');
  });
});
