import { courtTimeZone, singleCourtTimeZone } from './court-time-zones';

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
});
