import { DocketEntryType } from '@casetrail/cases';
import { DOCKET_ENTRY_TYPES } from '../parsing/classify-entry';

describe('docket entry types', () => {
  it('are the same in the classifier and in the cases domain that stores and filters them', () => {
    expect([...DOCKET_ENTRY_TYPES].sort()).toEqual(Object.values(DocketEntryType).sort());
  });
});
