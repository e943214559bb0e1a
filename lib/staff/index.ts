import 'server-only';

/* The staff console's front door for actions, pages and routes: who is staff, and what they may do. */
export { applyScenario, checkFlow, replay, signInToConsole, type ConsoleSignIn, type ScenarioOutcome } from '@/lib/staff/console';
export { assertStaff, isStaff, requireStaffPage, signOutStaff, staffConsoleEnabled } from '@/lib/staff/staff-session';
export { callFilterSchema, filterErrors } from '@/lib/staff/call-filter';
export { REPLAYABLE_ENDPOINTS, type ReplayErrorKey, type ReplayResult } from '@/lib/staff/replay';
export type { FlowCheckResult, FlowStep, FlowStepName } from '@/lib/staff/flow-check';
