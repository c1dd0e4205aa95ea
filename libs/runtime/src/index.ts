export { runCasetrailProcess } from './lib/boot-process';
export type { BootedProcess, ProcessDefinition } from './lib/boot-process';
export { ALL_ENTITIES } from './lib/entities';
export { prepareInfrastructure } from './lib/infrastructure';
export type { Infrastructure } from './lib/infrastructure';
export { CasetrailModule } from './lib/casetrail.module';
export type { CasetrailModuleOptions } from './lib/casetrail.module';
export { HealthService } from './lib/health.service';
export type { ComponentHealth, HealthReport } from './lib/health.service';
export { JOB_HANDLER_SETS, prepareSearchEngine, startWorkers } from './lib/worker-handlers';
export type { JobHandlerSet } from './lib/worker-handlers';
export {
  bootLogger,
  loadConfigOrExit,
  onTerminationSignal,
  survivePoolRejectionsDuringOutages,
} from './lib/process-lifecycle';
export { DOMAIN_ERROR_CODE_ENUMS, ERROR_CODE_PATTERN } from './lib/domain-error-codes';
export type { DomainErrorCode } from './lib/domain-error-codes';
