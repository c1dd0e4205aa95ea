import { courtTimeZone, courtToday, singleCourtTimeZone } from './court-time-zones';

describe('court time zones', () => {
  it.each([
    ['cand', 'America/Los_Angeles'],
    ['nysd', 'America/New_York'],
    ['alnb', 'America/Chicago'],
    ['nmid', 'Pacific/Saipan'],
    ['mied', 'America/Detroit'],
    ['tnmd', 'America/Chicago'],
    ['ca9', 'America/Los_Angeles'],
    ['jpml', 'America/New_York'],
  ])('places %s in %s', (id, zone) => {
    expect(courtTimeZone(id)).toBe(zone);
    expect(singleCourtTimeZone(id)).toBe(zone);
  });

  it('gives the majority zone of a district whose counties keep two, but no single zone for it', () => {
    for (const [id, zone] of [
      ['txwd', 'America/Chicago'],
      ['miwd', 'America/Detroit'],
      ['flnd', 'America/New_York'],
      ['tned', 'America/New_York'],
      ['idb', 'America/Boise'],
    ]) {
      expect(courtTimeZone(id as string)).toBe(zone);
      expect(singleCourtTimeZone(id)).toBeNull();
    }
  });

  it('knows nothing of ids it cannot read', () => {
    expect(courtTimeZone('mars')).toBeNull();
    expect(singleCourtTimeZone(null)).toBeNull();
    expect(singleCourtTimeZone('')).toBeNull();
  });

  it.each([
    // 17:00 PST on 4 March is 01:00 UTC on 5 March: still the 4th in the court.
    ['cand', '2027-03-05T01:00:00Z', '2027-03-04'],
    ['cand', '2027-03-05T07:59:59Z', '2027-03-04'],
    ['cand', '2027-03-05T08:00:00Z', '2027-03-05'],
    // Daylight saving time: midnight in California is 07:00 UTC in July.
    ['cand', '2027-07-05T06:59:59Z', '2027-07-04'],
    ['cand', '2027-07-05T07:00:00Z', '2027-07-05'],
    ['nysd', '2027-03-05T04:59:59Z', '2027-03-04'],
    ['nysd', '2027-03-05T05:00:00Z', '2027-03-05'],
    // Guam is ahead of UTC: its 5 March begins at 14:00 UTC on the 4th.
    ['gud', '2027-03-04T14:00:00Z', '2027-03-05'],
    // A court whose zone is unknown keeps UTC's date.
    ['zzzz', '2027-03-05T01:00:00Z', '2027-03-05'],
    [null, '2027-03-05T01:00:00Z', '2027-03-05'],
  ])("gives %s's date at %s as %s", (court, instant, day) => {
    expect(courtToday(court, new Date(instant))).toBe(day);
  });
});
