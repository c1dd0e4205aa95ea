import { partyGroup } from './organisation-groups';

describe('partyGroup', () => {
  it.each([
    'OpenAI, Inc.',
    'OpenAI LP',
    'OpenAI GP, LLC',
    'OpenAI OpCo, L.L.C.',
    'OpenAI Startup Fund Management, LLC',
    'OAI Corporation, LLC',
    'OAI Corp.',
    'OpenAI entities',
    'OpenAI, Inc. and affiliated OpenAI entities',
    'OpenAI Ireland Ltd.',
  ])('puts %s in the OpenAI group', (name) => {
    expect(partyGroup(name)).toEqual({ key: 'org:openai', label: 'OpenAI', organisation: true });
  });

  it('groups Microsoft, Anthropic, Meta and Stability AI entities', () => {
    expect(partyGroup('Microsoft Corporation (dismissed)')?.key).toBe('org:microsoft');
    expect(partyGroup('Anthropic PBC')?.key).toBe('org:anthropic');
    expect(partyGroup('Meta Platforms, Inc.')?.key).toBe('org:meta platforms');
    expect(partyGroup('Stability AI US Services Corporation')?.key).toBe('org:stability ai');
  });

  it('keeps other parties under their own stem, so spelling variants still meet', () => {
    expect(partyGroup('Getty Images (US), Inc.')?.key).toBe(partyGroup('Getty Images (US) Inc')?.key);
    expect(partyGroup('UMG Recordings, Inc.')).toEqual({
      key: 'party:umg recordings',
      label: 'UMG Recordings, Inc.',
      organisation: false,
    });
    expect(partyGroup('Sarah Silverman')?.key).toBe('party:sarah silverman');
  });

  it('matches prefixes word by word and ignores empty names', () => {
    expect(partyGroup('OpenAIR Partners LLC')?.key).toBe('party:openair partners');
    expect(partyGroup('Metaverse Holdings')?.organisation).toBe(false);
    expect(partyGroup('  ')).toBeNull();
  });
});
