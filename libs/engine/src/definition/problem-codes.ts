/**
 * Every code `validateDefinition` can give a problem, with its severity: an `error` blocks
 * publishing (the definition would not compile, or an instance could get stuck or misbehave),
 * a `warning` does not (the definition runs as written, but something in it is likely a mistake).
 * Clients label problems by code; the English `message` is for logs and API clients.
 */
export const DEFINITION_PROBLEM_SEVERITY = {
  // Shape of the document
  'not-object': 'error',
  'not-string': 'error',
  'missing-id': 'error',
  'invalid-id': 'error',
  'id-mismatch': 'error',
  'missing-states': 'error',
  'missing-meta': 'error',
  'not-localized': 'error',
  'empty-text': 'error',
  'invalid-schema': 'error',
  'invalid-roles': 'error',
  'invalid-summary': 'error',
  'invalid-search': 'error',
  'invalid-business-key': 'error',
  'invalid-field-titles': 'error',
  // States
  'unknown-state-type': 'error',
  'missing-initial': 'error',
  'unknown-initial': 'error',
  'empty-parallel': 'error',
  'children-not-allowed': 'error',
  'misplaced-history': 'error',
  'invalid-history-kind': 'error',
  'unreachable-state': 'warning',
  'dead-end': 'error',
  // Transitions
  'invalid-transition': 'error',
  'invalid-target-list': 'error',
  'unknown-target': 'error',
  'root-relative-target': 'error',
  'invalid-delay': 'error',
  'invalid-working-delay': 'error',
  'invalid-calendar': 'error',
  // API only: `meta.calendar` names no stored working calendar (checked when publishing)
  'unknown-calendar': 'error',
  'shadowed-transition': 'error',
  'endless-always': 'error',
  'always-loop': 'error',
  // Guards and actions
  'invalid-guard-ref': 'error',
  'unknown-guard': 'error',
  'invalid-action-ref': 'error',
  'unknown-action': 'error',
  'invalid-param': 'error',
  // Tasks
  'task-on-final': 'error',
  'missing-outcomes': 'error',
  'invalid-outcome': 'error',
  'unhandled-outcome': 'error',
  'missing-assignment': 'error',
  'unknown-form-field': 'error',
  'invalid-field-access': 'error',
  'invalid-assignee': 'error',
  'invalid-due': 'error',
  // Approvals
  'invalid-approval': 'error',
  'approval-outcome': 'error',
  'unknown-send-back-target': 'error',
  'invalid-withdraw': 'error',
  'reserved-context-key': 'error',
  'unknown-approver-source': 'error',
  'invalid-remind': 'error',
  'invalid-timeout': 'error',
  'timeout-send-back-target': 'error',
  // Reminders and timeout of a plain task
  'invalid-task-timer': 'error',
  'timeout-event': 'error',
  // Scheduled starts (meta.schedules)
  'invalid-schedules': 'error',
  'invalid-schedule-key': 'error',
  'duplicate-schedule-key': 'error',
  'invalid-schedule-rule': 'error',
  'invalid-cron': 'error',
  'invalid-schedule-people': 'error',
  'invalid-schedule-input': 'error',
  // Ledger sources (meta.ledger)
  'invalid-ledger': 'error',
  // The machine could not be built (a validation gap; reported rather than thrown)
  'compile-failed': 'error',
} as const;

export type DefinitionProblemCode = keyof typeof DEFINITION_PROBLEM_SEVERITY;

/** Every definition problem code, sorted. */
export const DEFINITION_PROBLEM_CODES = Object.keys(DEFINITION_PROBLEM_SEVERITY).sort() as DefinitionProblemCode[];

/**
 * Codes of problems in data (event data, start input, params) besides ajv's keywords, which are
 * used as codes as they are (`required`, `type`, `minimum`, ...; params = ajv's params).
 */
export const DATA_PROBLEM_CODES = [
  'no-data-allowed',
  'not-object',
  'invalid-duration',
  'invalid-date',
  'registry-failed',
] as const;

/** The ajv keywords data problems carry as codes (ajv + ajv-formats, draft-07 vocabulary). */
export const AJV_KEYWORD_CODES = [
  'additionalItems',
  'additionalProperties',
  'anyOf',
  'const',
  'contains',
  'dependencies',
  'dependentRequired',
  'enum',
  'exclusiveMaximum',
  'exclusiveMinimum',
  'false schema',
  'format',
  'formatMaximum',
  'formatMinimum',
  'formatExclusiveMaximum',
  'formatExclusiveMinimum',
  'if',
  'maxItems',
  'maxLength',
  'maxProperties',
  'maximum',
  'minItems',
  'minLength',
  'minProperties',
  'minimum',
  'multipleOf',
  'not',
  'oneOf',
  'pattern',
  'propertyNames',
  'required',
  'type',
  'uniqueItems',
] as const;
