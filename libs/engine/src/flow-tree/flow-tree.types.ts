import type { ApprovalSpec } from '../approval/approval.types';
import type {
  ActionRef,
  EventMeta,
  GuardRef,
  JsonObject,
  JsonSchema,
  LocalizedText,
} from '../definition/definition.types';

/**
 * The simple designer's model (钉钉/飞书 style): a vertical line of nodes from 发起人 to 结束.
 * Every node is one state of the definition it compiles to; keys are state keys and unique in
 * the whole tree. What simple mode does not edit (recorded actions, extra meta) is kept as is so
 * a definition read into a tree compiles back to the same JSON.
 */
export type FlowNode = ApproverNode | HandlerNode | CcNode | ConditionNode | ParallelNode | DelayNode | WatchNode;

export type FlowNodeKind = FlowNode['kind'];

interface NodeBase {
  /** The state key. */
  key: string;
  title?: LocalizedText;
  description?: LocalizedText;
  /** Other state meta (designer position and the like), kept untouched. */
  meta?: JsonObject;
}

/** What a task node shows its assignee (a subset of the engine's `meta.task`). */
export interface NodeTask {
  title: LocalizedText;
  description?: LocalizedText;
  candidateRoles?: string[];
  assignee?: string;
  /** ISO-8601 duration, e.g. `P3D`. */
  due?: string;
  form?: JsonSchema;
  /** 表单权限 per start-form field; a field not listed is read-only (see TaskSpec.fieldAccess). */
  fieldAccess?: Record<string, 'read' | 'edit' | 'hidden'>;
}

/**
 * 按处理结果分支: one way an outcome goes when the step's own answers hold. `when` tests fields of
 * the outcome event's form (compiled to guards on `event.data.<field>`); the ways are tried in order.
 */
export interface AnswerBranch {
  when: FlowCondition[];
  /** Absent: go on to the next node; else the key of an end or of an earlier node. */
  to?: string;
  actions?: ActionRef[];
}

/** Another outcome of a task: to an end (结束), back to an earlier node, or on like the submit. */
export interface NodeExit {
  event: string;
  /** Key of an end or of an earlier node (the otherwise when there are branches); absent: go on. */
  to?: string;
  actions?: ActionRef[];
  /** Ways tried before `to`, on the answers. */
  branches?: AnswerBranch[];
}

/** How a handler's submit goes: its branches in order, then the otherwise (`to`, absent: go on). */
export interface NodeSubmit {
  event: string;
  actions?: ActionRef[];
  /** The otherwise's target when it does not go on: an end or an earlier node. */
  to?: string;
  branches?: AnswerBranch[];
  /** A check the submit must pass or be refused (e.g. a date not after today), kept as written. */
  check?: GuardRef;
}

/**
 * 补充信息: the step may ask someone (usually the starter) for more information; the case waits
 * in an answer task off the line and comes back to the step when it is answered.
 */
export interface InfoLoop {
  /** The step's outcome that asks, with its kept actions. */
  ask: { event: string; actions?: ActionRef[] };
  /** The answer task's state key, unique in the tree like a node's. */
  key: string;
  title?: LocalizedText;
  description?: LocalizedText;
  meta?: JsonObject;
  task: NodeTask;
  /** The answer task's outcome, which returns to the step, with its kept actions. */
  answer: { event: string; actions?: ActionRef[] };
}

/** 审批人: people resolved from the organisation decide (或签/会签/依次/票签). */
export interface ApproverNode extends NodeBase {
  kind: 'approver';
  task: NodeTask;
  approval: ApprovalSpec;
  /** Actions run when the step approves (kept from the definition). */
  onApprove?: ActionRef[];
  /** Where a rejection goes: an end or an earlier node (驳回). */
  reject: { to: string; actions?: ActionRef[] };
}

/** 办理人: a person fills a form; `submit` moves on, each exit leaves the line. */
export interface HandlerNode extends NodeBase {
  kind: 'handler';
  task: NodeTask;
  submit: NodeSubmit;
  exits?: NodeExit[];
  askInfo?: InfoLoop;
}

/** 抄送人: notify people and move on. `to` is a notify target (`role:office`, `user:li`, `starter`, `starter.manager`). */
export interface CcNode extends NodeBase {
  kind: 'cc';
  to: string[];
  message: LocalizedText;
}

export type ConditionOperator = 'eq' | 'neq' | 'gt' | 'gte' | 'lt' | 'lte' | 'in' | 'exists';

/**
 * One test on a form field: `field` is the context path (a start-form field name), never rooted;
 * in an AnswerBranch it is a field of the step's own form (the event data).
 */
export interface FlowCondition {
  field: string;
  op: ConditionOperator;
  /** Absent for `exists`; an array for `in`. */
  value?: unknown;
}

export interface ConditionBranch {
  title?: LocalizedText;
  /** Every condition must hold (empty only on the default branch). */
  when: FlowCondition[];
  nodes: FlowNode[];
  actions?: ActionRef[];
}

/** 条件分支: the first branch whose conditions hold is taken, else `otherwise` (默认分支). */
export interface ConditionNode extends NodeBase {
  kind: 'condition';
  branches: ConditionBranch[];
  otherwise: Omit<ConditionBranch, 'when'>;
}

export interface ParallelBranch {
  /** The region's state key. */
  key: string;
  title?: LocalizedText;
  nodes: FlowNode[];
  /** The region's final state key. */
  doneKey: string;
}

/** 并行分支: every branch runs; the line goes on when all are done. */
export interface ParallelNode extends NodeBase {
  kind: 'parallel';
  branches: ParallelBranch[];
}

/**
 * 延时: wait an ISO-8601 duration (`PT2H`, `P1D`), then go on. With `working` the duration is
 * working time on the definition's calendar (`P3D` 3 working days, `PT4H` 4 working hours),
 * compiled to the delay `meta.delays[working.name]`.
 */
export interface DelayNode extends NodeBase {
  kind: 'delay';
  duration: string;
  working?: DelayNodeWorking;
}

/** A delay node's working-time delay: its name in `meta.delays`, and the moment it counts from. */
export interface DelayNodeWorking {
  name: string;
  /** `entry` (the node's start, the default when absent) or `context.<path>` holding a date. */
  from?: string;
}

/** The task a passed deadline gives someone (督办), off the line; its one outcome ends the watch. */
export interface FollowUpTask {
  key: string;
  title?: LocalizedText;
  description?: LocalizedText;
  meta?: JsonObject;
  task: NodeTask;
  done: { event: string; actions?: ActionRef[] };
}

/**
 * 限期督办: a line of nodes runs beside a deadline. When the line goes on, the whole group is left
 * (the deadline no longer matters); when the deadline passes first, its actions run and someone is
 * tasked with a follow-up while the line carries on. Compiles to a parallel state of two regions
 * with no `onDone`: the line's last way goes on straight to what follows the group.
 */
export interface WatchNode extends NodeBase {
  kind: 'watch';
  /** The watched line's region key and title. */
  line: { key: string; title?: LocalizedText; nodes: FlowNode[] };
  watch: {
    /** The deadline region's key and title. */
    key: string;
    title?: LocalizedText;
    /** The waiting state: its key, title and other meta. */
    wait: { key: string; title?: LocalizedText; meta?: JsonObject };
    /** The `after` key: an ISO duration or a `meta.delays` name, kept as written. */
    delay: string;
    /** What runs when the deadline passes (flag, notify), kept. */
    actions?: ActionRef[];
    followUp: FollowUpTask;
    /** The region's final state key and title. */
    doneKey: string;
    doneTitle?: LocalizedText;
  };
}

/** A final state: the line's end (结束) or another end a rejection or exit goes to. */
export interface FlowEnd {
  key: string;
  title?: LocalizedText;
  meta?: JsonObject;
}

/** 发起人: who may start and the start form. */
export interface FlowStart {
  /** Empty or absent: anyone signed in. */
  starterRoles?: string[];
  form?: JsonSchema;
}

export interface FlowTree {
  id: string;
  title: LocalizedText;
  description?: LocalizedText;
  start: FlowStart;
  nodes: FlowNode[];
  end: FlowEnd;
  /** Other ends (已驳回, 已撤回, …), in order. */
  ends: FlowEnd[];
  /** The outcome events the tasks use (titles and forms). */
  events?: Record<string, EventMeta>;
  context?: JsonObject;
  /** Other definition meta (summary, business key, withdraw, …), kept untouched. */
  meta?: JsonObject;
}

/** Why a definition cannot be shown as a tree; stable codes with zh/en labels in the web app. */
export type TreeMisfitCode =
  | 'root-transitions'
  | 'unsupported-key'
  | 'compound-state'
  | 'guarded-outcome'
  | 'outcome-missing'
  | 'loop'
  | 'forward-jump'
  | 'off-line-state'
  | 'unsupported-condition'
  | 'branches-do-not-join'
  | 'unknown-target'
  | 'not-a-node'
  | 'final-with-content'
  | 'region-shape'
  | 'duplicate-key'
  | 'unknown-answer-field'
  | 'info-loop-shape'
  | 'watch-shape';

export interface TreeMisfit {
  /** The state key that does not fit (empty for the root). */
  state: string;
  /** Dotted spec path, as validateDefinition reports them. */
  path: string;
  code: TreeMisfitCode;
  /** Details for the label, e.g. the key or event. */
  params?: Record<string, string>;
  message: string;
}

export type ReadTreeResult = { ok: true; tree: FlowTree } | { ok: false; misfit: TreeMisfit };
