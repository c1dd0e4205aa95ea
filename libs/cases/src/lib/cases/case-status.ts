export enum CaseStatus {
  Pending = 'pending',
  Settled = 'settled',
  Dismissed = 'dismissed',
  Judgment = 'judgment',
  OnAppeal = 'on_appeal',
  Transferred = 'transferred',
  Closed = 'closed',
}

export const CASE_STATUSES = Object.values(CaseStatus);
