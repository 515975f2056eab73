import type { WorkingDelaySpec } from '../calendar/working-delay';
import type { SummaryFieldSpec } from '../summary/summary.types';
/**
 * The definition spec: an XState v5 machine config as plain JSON plus `meta`.
 * Guards, actions and delays are referenced by name (`{"type": "gte", "params": {...}}`)
 * and resolved against a {@link Registry} when the definition is compiled.
 */

import type { ApprovalSpec, RemindSpec, TaskDelay } from '../approval/approval.types';
import type { ScheduleSpec } from '../schedule/schedule.types';

/** A label in both languages a user can see. */
export interface LocalizedText {
  zh: string;
  en: string;
}

/** A JSON Schema (draft 2020-12 / draft-07 subset that ajv accepts). */
export type JsonSchema = Record<string, unknown>;

export type JsonObject = Record<string, unknown>;

/** A reference to a registry entry by name, with its parameters. */
export interface NamedRef {
  type: string;
  params?: JsonObject;
}

export type GuardRef = string | NamedRef;
export type ActionRef = string | NamedRef;

export interface TransitionSpec {
  target?: string | string[];
  guard?: GuardRef;
  actions?: ActionRef | ActionRef[];
  reenter?: boolean;
  description?: string;
  meta?: JsonObject;
}

/** What XState accepts as the value of an `on`/`after`/`always`/`onDone` entry. */
export type TransitionsSpec = string | TransitionSpec | Array<string | TransitionSpec>;

/** `meta.task`: the state is human work. */
export interface TaskSpec {
  title: LocalizedText;
  description?: LocalizedText;
  /** Roles whose members may claim the task. */
  candidateRoles?: string[];
  /**
   * Who the task goes to: `starter`, `starter.manager`, or `context.<path>`
   * (a username held in the instance context). Resolved by the service layer.
   */
  assignee?: string;
  /** Event types that complete the task; each must be handled by the state. */
  outcomes: string[];
  /** JSON Schema of the task form; defaults to the outcomes' event schemas. */
  form?: JsonSchema;
  /** ISO-8601 duration from the moment the task opens, e.g. `P3D`. */
  due?: string;
  /** An approval: who decides, how many must agree, and what each person may do. */
  approval?: ApprovalSpec;
  /**
   * 表单权限: per start-form field (`meta.input` property), `read` (the default), `edit` (the
   * assignee may change it with the outcome's data) or `hidden` (not shown to the assignee).
   */
  fieldAccess?: Record<string, 'read' | 'edit' | 'hidden'>;
  /** 催办 of a plain task (an approval step has `approval.remind`): remind its holders `after` it opens, then `repeat`. */
  remind?: RemindSpec;
  /** 超时 of a plain task: nobody completed it `after` it opened, so `system` sends `event` (a transition of the state). */
  timeout?: PlainTaskTimeoutSpec;
}

/** A plain task's timeout: the event `system` sends, without data, when it fires. */
export interface PlainTaskTimeoutSpec {
  after: TaskDelay;
  event: string;
}

export interface StateMeta {
  title?: LocalizedText;
  description?: LocalizedText;
  task?: TaskSpec;
  /** Designer layout position; ignored by the engine. */
  position?: { x: number; y: number };
  [key: string]: unknown;
}

export interface StateSpec {
  type?: 'atomic' | 'compound' | 'parallel' | 'final' | 'history';
  id?: string;
  initial?: string;
  states?: Record<string, StateSpec>;
  on?: Record<string, TransitionsSpec>;
  after?: Record<string, TransitionsSpec>;
  always?: TransitionsSpec;
  onDone?: TransitionsSpec;
  entry?: ActionRef | ActionRef[];
  exit?: ActionRef | ActionRef[];
  history?: 'shallow' | 'deep';
  target?: string;
  tags?: string[];
  output?: unknown;
  description?: string;
  meta?: StateMeta;
}

export interface EventMeta {
  title: LocalizedText;
  description?: LocalizedText;
  /** JSON Schema of the event's `data`; an event with no schema takes no data. */
  schema?: JsonSchema;
}

export interface DefinitionMeta {
  title: LocalizedText;
  description?: LocalizedText;
  /** JSON Schema of the start input (merged over `context`, input wins). */
  input?: JsonSchema;
  events?: Record<string, EventMeta>;
  /** Roles allowed to start the workflow; empty or absent means anyone signed in. */
  starterRoles?: string[];
  /** 撤回: the starter may withdraw to this state (a root child), before any approver acted or always. */
  withdraw?: { target: string; when?: 'before-action' | 'always' };
  /** 催办: at most one urge per this ISO-8601 duration (default `PT30M`). */
  urgeInterval?: string;
  /** Context paths shown in every inbox and instance row (e.g. amount and subject). */
  summary?: SummaryFieldSpec[];
  /** Context paths the audit search finds through an index (one typed row per instance and path). */
  search?: string[];
  /** Template of the business key filled at start when none is given, e.g. `ZD-{yyyyMMdd}-{seq}`. */
  businessKey?: string;
  /** Key of the working calendar its working-time delays count in; `mon-fri` when absent. */
  calendar?: string;
  /** Named delays in working time, used as `after` keys and task `due` (see workflows/README.md). */
  delays?: Record<string, WorkingDelaySpec>;
  /** Scheduled starts: when, for whom, with which input (libs/engine/src/schedule). */
  schedules?: ScheduleSpec[];
  [key: string]: unknown;
}

export interface WorkflowSpec extends Omit<StateSpec, 'meta'> {
  id: string;
  initial?: string;
  context?: JsonObject;
  states: Record<string, StateSpec>;
  meta: DefinitionMeta;
}
