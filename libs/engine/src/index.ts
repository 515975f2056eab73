export * from './definition/definition.types';
export * from './definition/validation.types';
export * from './registry/registry.types';
export * from './runtime/runtime.types';
export * from './runtime/engine.errors';
export * from './history/history.types';
export * from './compile/compiled-workflow.types';
export * from './summary/summary.types';

export { validateDefinition } from './definition/validate-definition';
export {
  AJV_KEYWORD_CODES,
  DATA_PROBLEM_CODES,
  DEFINITION_PROBLEM_CODES,
  DEFINITION_PROBLEM_SEVERITY,
  type DefinitionProblemCode,
} from './definition/problem-codes';
export { compile } from './compile/compile';
export { start, START_EVENT } from './runtime/start';
export { step, eventDataErrors } from './runtime/step';
export { StepLimitError, RegistryEntryError, STEP_BUDGET } from './runtime/step-scope';
export {
  replay,
  replaySteps,
  stateLeaves,
  type ReplayOptions,
  type ReplayStep,
  type ReplayTransition,
} from './runtime/replay';
export { replayFinal, type ReplayedState } from './runtime/replay-live';
export { contextDiff, type ContextChange } from './runtime/context-diff';
export { acceptedEvents } from './runtime/accepted-events';
export { taskFormSchema } from './runtime/task-form';
export { validateData } from './schema/validate-data';
export { ATTACHMENT_KEYWORD, attachmentSchema } from './schema/attachment.schema';
export { findAttachmentRefs, type AttachmentRef } from './schema/attachment-refs';
export { canonicalJson } from './history/canonical-json';
export { GENESIS_HASH, hashEntry, verifyChain } from './history/hash-chain';
export { verifyHistory, type VerifyOptions } from './history/verify-history';
export { createRegistry } from './registry/create-registry';
export { describeRegistry } from './registry/describe-registry';
export { standardRegistry } from './registry/standard-registry';
export { contextPathSchema, rootedPathSchema, localizedTextSchema } from './registry/standard/param-schemas';
export { evaluateGuardRef } from './registry/standard/guards';
export {
  parseIsoDuration,
  isIsoDuration,
  addIsoDuration,
  isoDurationToMs,
  type IsoDuration,
} from './support/iso-duration';
export { getAt, setAt, readRooted } from './support/field-path';
export * from './org/org.types';
export {
  departmentAncestors,
  departmentHead,
  departmentPath,
  departmentWithDescendants,
  wouldCycle,
} from './org/departments';
export { managerOf, managerChain, managerChainWithEnd } from './org/managers';
export { usersWithRole, roleHoldersFor, type UsersWithRoleOptions } from './org/role-holders';
export { resolveApprovers } from './org/resolve-approvers';
export {
  MAX_PROXY_HOPS,
  activeProxy,
  applyProxies,
  proxyActiveAt,
  proxyCycle,
  rangesOverlap,
  type EffectiveProxy,
  type ProxiedApprover,
} from './org/proxies';
export { approverSourceSchema, approverSourcesSchema } from './org/approver-source.schema';
export * from './approval/approval.types';
export { APPROVAL_EVENTS, isApprovalEvent, type ApprovalEventType } from './approval/approval-events';
export { approvalSpecSchema } from './approval/approval-spec.schema';
export { APPROVALS_KEY, readApprovals } from './approval/approvals-context';
export { approvalTaskAt } from './approval/approval-effects';
export { approversEventData, resolveStepApprovers } from './approval/resolve-step-approvers';
export { escalationEventData } from './approval/escalation-data';
export { taskTimerOf, addTaskDelay, REMIND_EVENT_PREFIX, TIMEOUT_EVENT_PREFIX } from './approval/task-timers';
export { refusal } from './runtime/engine.errors';
export { registryApprovers } from './registry/registry-approvers';
export { summaryValues, MAX_SUMMARY_FIELDS } from './summary/summary-values';
export { MAX_SEARCH_FIELDS, SEARCH_FIELD_PATH, searchFields } from './search/search-fields';
export {
  BUSINESS_KEY_PLACEHOLDERS,
  businessKeyTemplateError,
  formatBusinessKey,
  shanghaiDay,
} from './summary/business-key';
export * from './audit/checkpoint.types';
export * from './audit/bundle.types';
export { MerkleTree, leafHash, merkleRoot, sortLeaves, verifyAuditPath } from './audit/merkle';
export {
  checkLeavesAgainstHistory,
  checkpointHash,
  checkpointSigningPayload,
  makeCheckpoint,
  verifyCheckpointChain,
  type CurrentHistory,
} from './audit/checkpoint';
export { bundleContentSha256, sealBundle } from './audit/bundle-checksum';
export { sha256Canonical } from './audit/sha256-hex';
export { CHECKPOINT_GRACE_MS, verifyBundle, type VerifyBundleOptions } from './audit/verify-bundle';
export { CANCEL_EVENT, CANCEL_EVENT_SCHEMA } from './runtime/cancel';
export { MOVE_EVENT, MOVE_EVENT_SCHEMA, type MoveData } from './runtime/move';
export {
  MIGRATE_EVENT,
  MIGRATE_EVENT_SCHEMA,
  migrate,
  planMigration,
  type MigrateData,
  type MigrationPlan,
} from './runtime/migrate';
export { historyVersions, type VersionLookup } from './runtime/history-versions';
export * from './calendar';
export {
  UnknownCalendarError,
  calendarFor,
  calendarKeyOf,
  withCalendar,
  type StepOptions,
} from './runtime/calendar-scope';
export { CALENDAR_KEY_PATTERN } from './definition/check-working-delays';
export * from './schedule/schedule.types';
export {
  calendarCoverEnd,
  nextOccurrences,
  occurrencesBetween,
  readsCalendar,
  SCHEDULE_TIME_ZONE,
} from './schedule/next-occurrences';
export { scheduleInput, occurrenceValues, SCHEDULE_PLACEHOLDERS } from './schedule/schedule-input';
export { schedulePeople } from './schedule/schedule-people';
export { scheduleCalendarOf } from './schedule/schedule-calendar';
export * from './flow-tree/flow-tree.types';
export { treeToDefinition } from './flow-tree/tree-to-definition';
export { definitionToTree } from './flow-tree/definition-to-tree';
export { conditionsToGuard, guardToConditions } from './flow-tree/tree-conditions';
export {
  APPROVAL_EVENTS_META,
  FLOW_TEMPLATE_KINDS,
  flowTemplate,
  type FlowTemplateKind,
} from './flow-tree/flow-templates';
export * from './ledger/ledger.types';
export { extractLedger, ledgerSources } from './ledger/extract-ledger';
export * from './analytics/analytics.types';
export { stateStays, percentile, isOverdue, versionAnalytics } from './analytics/cycle-time';
export { ledgerTotals, shanghaiMonth, type LedgerSums } from './ledger/ledger-totals';
export { inheritLedger, type LedgerVersionMeta } from './ledger/inherit-ledger';
export {
  attachmentsInFields,
  hiddenFields,
  hideableFields,
  readsHiddenField,
  visibleSummaryFields,
  withoutFields,
  type FieldAccessSource,
  type FieldReader,
} from './field-access/hidden-fields';
