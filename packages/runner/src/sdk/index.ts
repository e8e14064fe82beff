/** The extension SDK: what an extension imports from `@devops/runner`. */
export { defineExtension, ExtensionDefinitionError, isExtension } from './define-extension.ts';
export { BACKGROUND_EVENT_TYPES, INTERACTIVE_EVENT_TYPES, categoryOfEventType } from './event-types.ts';
export { fail, MIN_RESCHEDULE_COUNTDOWN, reschedule, retry, skip, success } from './results.ts';
export type { BackgroundResult, FailResult, InteractiveResult, RescheduleResult, RetryResult, ScheduledResult, SkipResult, SuccessResult } from './results.ts';
export { buildSetupRequest, type SetupRole } from './setup-request.ts';
export type * from './types.ts';
export { Runner, type RunnerOptions } from '../client/runner.ts';
export { RUNNER_VERSION } from '../version.ts';
