import { PACER_COURT_IDS } from './court-ids';
import { courtLocalDate, courtTimeZone, describePacerCourt } from './court-names';

describe('describePacerCourt', () => {
  it.each([
    ['nysd', 'United States District Court for the Southern District of New York', 'S.D.N.Y.'],
    ['cand', 'United States District Court for the Northern District of California', 'N.D. Cal.'],
    ['mad', 'United States District Court for the District of Massachusetts', 'D. Mass.'],
    ['njd', 'United States District Court for the District of New Jersey', 'D.N.J.'],
    ['dcd', 'United States District Court for the District of Columbia', 'D.D.C.'],
    ['nmid', 'United States District Court for the District of the Northern Mariana Islands', 'D. N. Mar. I.'],
    ['alnb', 'United States Bankruptcy Court for the Northern District of Alabama', 'Bankr. N.D. Ala.'],
    ['ca2', 'United States Court of Appeals for the Second Circuit', '2d Cir.'],
    ['cadc', 'United States Court of Appeals for the District of Columbia Circuit', 'D.C. Cir.'],
    ['jpml', 'United States Judicial Panel on Multidistrict Litigation', 'J.P.M.L.'],
  ])('names %s', (id, name, shortName) => {
    expect(describePacerCourt(id)).toMatchObject({ id, name, shortName, country: 'US' });
  });

  it('names every PACER court id it knows, and nothing else', () => {
    const unnamed = [...PACER_COURT_IDS].filter((id) => describePacerCourt(id) === null);
    expect(unnamed).toEqual([]);
    expect(describePacerCourt('mars')).toBeNull();
  });
});

describe('courtLocalDate', () => {
  it('gives the day at the court of a feed time written in GMT', () => {
    expect(courtLocalDate('2018-04-18T00:09:55+00:00', 'nysd')).toBe('2018-04-17');
    expect(courtLocalDate('2018-04-18T06:09:55+00:00', 'cand')).toBe('2018-04-17');
    expect(courtLocalDate('2018-04-18T12:00:00+00:00', 'nysd')).toBe('2018-04-18');
    expect(courtLocalDate('2018-04-18T00:09:55-04:00', null)).toBe('2018-04-18');
  });

  it('knows a time zone for every PACER court', () => {
    expect([...PACER_COURT_IDS].filter((id) => courtTimeZone(id) === null)).toEqual([]);
  });
});
