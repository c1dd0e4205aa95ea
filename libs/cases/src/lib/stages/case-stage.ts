/** How far a case has come, in the order cases move through it (an appeal follows a closed case). */
export enum CaseStage {
  Pleadings = 'pleadings',
  MotionToDismiss = 'motion_to_dismiss',
  Discovery = 'discovery',
  SummaryJudgment = 'summary_judgment',
  Trial = 'trial',
  Closed = 'closed',
  Appeal = 'appeal',
}

export const CASE_STAGES: readonly CaseStage[] = Object.values(CaseStage);

/** What set a case's stage: a docket entry, a tracked event, the case's status, or nothing known. */
export enum StageSourceKind {
  DocketEntry = 'docket_entry',
  Event = 'event',
  Status = 'status',
  None = 'none',
}
