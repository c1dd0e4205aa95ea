import { readFileSync } from 'node:fs';
import { corpusPath } from '@casetrail/testing';
import { detectDistrictCourt } from './district-court';

describe('detectDistrictCourt', () => {
  it.each([
    ['UNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF CALIFORNIA\nSAN FRANCISCO DIVISION', 'cand'],
    ['United States District Court for the Southern District of New York', 'nysd'],
    ['UNITED STATES DISTRICT COURT\nCENTRAL  DISTRICT OF\nCALIFORNIA', 'cacd'],
    ['UNITED STATES DISTRICT COURT FOR THE DISTRICT OF NEW JERSEY', 'njd'],
    ['UNITED STATES DISTRICT COURT FOR THE DISTRICT OF COLUMBIA', 'dcd'],
    ['UNITED STATES DISTRICT COURT\nSOUTHERN DISTRICT OF WEST VIRGINIA', 'wvsd'],
    ['UNITED STATES DISTRICT COURT\nMIDDLE DISTRICT OF FLORIDA', 'flmd'],
    ['UNITED STATES DISTRICT COURT\nDISTRICT OF DELAWARE', 'ded'],
  ])('reads %j as %s', (text, id) => {
    expect(detectDistrictCourt(text)).toBe(id);
  });

  it('says nothing without a federal district court caption or a known district', () => {
    expect(detectDistrictCourt('SUPREME COURT OF NORTH CAROLINA')).toBeNull();
    expect(detectDistrictCourt('UNITED STATES COURT OF APPEALS FOR THE NINTH CIRCUIT')).toBeNull();
    expect(detectDistrictCourt('UNITED STATES DISTRICT COURT\nDISTRICT OF NARNIA')).toBeNull();
    expect(detectDistrictCourt('the district of columbia is not a caption')).toBeNull();
  });

  it('finds N.D. Cal. on the first page of the Bartz v. Anthropic fair-use order (reference text)', () => {
    const text = readFileSync(
      corpusPath('filings', 'text', 'bartz-v-anthropic_3-24-cv-05417_ecf231_order-on-fair-use_2025-06-23.txt'),
      'utf8',
    );
    expect(detectDistrictCourt(text.slice(0, 3000))).toBe('cand');
  });
});

describe('detectDistrictCourt on appeals', () => {
  it('ignores the court an appeal comes from', () => {
    expect(detectDistrictCourt('APPEAL FROM THE UNITED STATES DISTRICT COURT FOR THE DISTRICT OF MAINE')).toBeNull();
    expect(
      detectDistrictCourt('Appeal from the United States District Court\nfor the Northern District of California'),
    ).toBeNull();
  });
});
