import { MixedList } from 'typeorm';
import { Initial1795864115449 } from './1795864115449-initial';
import { SearchDocuments1795864988941 } from './1795864988941-search-documents';
import { DomainEvents1795865369378 } from './1795865369378-domain-events';
import { Citations1795865850287 } from './1795865850287-citations';
import { PacerDockets1795866073359 } from './1795866073359-pacer-dockets';
import { Alerts1795866210070 } from './1795866210070-alerts';
import { Documents1795866658790 } from './1795866658790-documents';
import { SearchTokenization1795868611778 } from './1795868611778-search-tokenization';
import { TermsOfService1795869370302 } from './1795869370302-terms-of-service';
import { SearchInlineVectors1795900000000 } from './1795900000000-search-inline-vectors';
import { SearchTermFrequency1795900100000 } from './1795900100000-search-term-frequency';
import { RateLimits1795900250000 } from './1795900250000-rate-limits';
import { JobLeases1795910000000 } from './1795910000000-job-leases';
import { Ocr1796486932956 } from './1796486932956-ocr';
import { MotionRulings1796500000000 } from './1796500000000-motion-rulings';
import { ClaimsAndStages1796600000000 } from './1796600000000-claims-and-stages';
import { CaseHearings1796700000000 } from './1796700000000-case-hearings';
import { CourtListener1796800000000 } from './1796800000000-courtlistener';
import { SearchPhraseWords1796900000000 } from './1796900000000-search-phrase-words';
import { CaseSourcesCaseFk1796900050000 } from './1796900050000-case-sources-case-fk';
import { OcrFailure1796900100000 } from './1796900100000-ocr-failure';

// Every migration, in order. New ones are generated with `npm run db:generate -- Name` and added here.
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const MIGRATIONS: MixedList<Function> = [
  Initial1795864115449,
  SearchDocuments1795864988941,
  DomainEvents1795865369378,
  Citations1795865850287,
  PacerDockets1795866073359,
  Alerts1795866210070,
  Documents1795866658790,
  SearchTokenization1795868611778,
  TermsOfService1795869370302,
  SearchInlineVectors1795900000000,
  SearchTermFrequency1795900100000,
  RateLimits1795900250000,
  JobLeases1795910000000,
  Ocr1796486932956,
  MotionRulings1796500000000,
  ClaimsAndStages1796600000000,
  CaseHearings1796700000000,
  CourtListener1796800000000,
  SearchPhraseWords1796900000000,
  CaseSourcesCaseFk1796900050000,
  OcrFailure1796900100000,
];
