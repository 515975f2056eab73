import type {
  StateSpec,
  TaskSpec,
  TransitionSpec,
  TransitionsSpec,
  WorkflowSpec,
} from '../definition/definition.types';
import { parseWorkingDuration } from '../calendar/working-duration';
import { isIsoDuration } from '../support/iso-duration';
import { isPlainObject } from '../support/json-value';
import type {
  CcNode,
  ConditionBranch,
  FlowEnd,
  FlowNode,
  FlowTree,
  NodeTask,
  ParallelBranch,
  ReadTreeResult,
} from './flow-tree.types';
import { readHandler, type HandlerReader } from './read-handler';
import { actionList, base, LEFT, restMeta, type Scope } from './read-parts';
import { readWatch, type WatchReader } from './read-watch';
import { guardToConditions } from './tree-conditions';
import { misfit, MisfitError } from './tree-misfit';

const TASK_KEYS = new Set([
  'title',
  'description',
  'candidateRoles',
  'assignee',
  'due',
  'form',
  'outcomes',
  'approval',
  'fieldAccess',
]);
const ROOT_KEYS = new Set(['id', 'initial', 'meta', 'context', 'states']);
const ROOT_MOVES = new Set(['on', 'after', 'always', 'onDone', 'entry', 'exit']);

class TreeReader implements HandlerReader, WatchReader {
  private readonly paths = new Map<string, string[]>();
  /** Node keys in reading order: reject and exit targets must be among them (or an end). */
  readonly read = new Set<string>();
  private readonly joining = new Set<string>();

  constructor(readonly spec: WorkflowSpec) {
    this.index(spec.states, [], 'states');
  }

  private index(states: Record<string, StateSpec>, parent: string[], specPath: string): void {
    for (const [key, state] of Object.entries(states)) {
      if (this.paths.has(key))
        misfit(key, `${specPath}.${key}`, 'duplicate-key', `state key "${key}" is used twice`, { key });
      this.paths.set(key, [...parent, key]);
      if (isPlainObject(state.states)) this.index(state.states, [...parent, key], `${specPath}.${key}.states`);
    }
  }

  private stateAt(path: string[]): StateSpec | undefined {
    let states: Record<string, StateSpec> | undefined = this.spec.states;
    let node: StateSpec | undefined;
    for (const key of path) {
      node = states?.[key];
      if (!node) return undefined;
      states = node.states;
    }
    return node;
  }

  /** The key a target names, from a state in `scope`. */
  resolve(scope: Scope, target: unknown, key: string, path: string): string {
    let statePath: string[] | undefined;
    if (typeof target === 'string' && target.startsWith('#')) {
      const [id, ...rest] = target.slice(1).split('.');
      if (id === this.spec.id && rest.length > 0) statePath = rest;
    } else if (typeof target === 'string' && target !== '' && !target.startsWith('.')) {
      statePath = [...scope.parent, ...target.split('.')];
    }
    if (!statePath || !this.stateAt(statePath))
      misfit(key, path, 'unknown-target', `target ${JSON.stringify(target)} is not a state the tree can name`, {
        target: String(target),
      });
    return statePath[statePath.length - 1];
  }

  inScope(scope: Scope, key: string): boolean {
    return Object.prototype.hasOwnProperty.call(scope.states, key);
  }

  /** One unguarded transition with one target, or a misfit. */
  single(value: TransitionsSpec | undefined, key: string, path: string): TransitionSpec {
    const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
    if (list.length !== 1)
      misfit(key, path, 'guarded-outcome', 'must lead to exactly one next step (no conditions on it)');
    const t = typeof list[0] === 'string' ? { target: list[0] } : list[0];
    const extra = Object.keys(t).filter((k) => k !== 'target' && k !== 'actions');
    if (t.guard !== undefined || typeof t.target !== 'string')
      misfit(key, path, 'guarded-outcome', 'must lead to exactly one next step (no conditions on it)');
    if (extra.length > 0) misfit(key, path, 'unsupported-key', `has "${extra[0]}"`, { key: extra[0] });
    return t;
  }

  onlyKeys(state: object, allowed: string[], key: string, path: string): void {
    const extra = Object.keys(state).find((k) => !allowed.includes(k));
    if (extra)
      misfit(key, `${path}.${extra}`, 'unsupported-key', `has "${extra}", which simple mode has no place for`, {
        key: extra,
      });
  }

  // ---- the line each state continues to, for finding where branches join ----

  private forwardOf(scope: Scope, key: string): string | undefined {
    const state = scope.states[key];
    if (!state || state.type === 'final') return undefined;
    // Of several ways, the reader goes on by the first to a step in scope (see goesOn).
    const first = (value: TransitionsSpec | undefined): unknown => {
      const list = (Array.isArray(value) ? value : [value]).map((t) => (typeof t === 'string' ? t : t?.target));
      const step = list.find(
        (k) => typeof k === 'string' && this.inScope(scope, k) && scope.states[k].type !== 'final',
      );
      return step ?? list[0];
    };
    let target: unknown;
    if (state.meta?.task) target = first(state.on?.[state.meta.task.outcomes?.[0] ?? '']);
    else if (state.type === 'parallel') target = first(state.onDone);
    else if (isPlainObject(state.after)) target = first(Object.values(state.after)[0]);
    else if (Array.isArray(state.always)) return this.joinOf(scope, key, state.always, '');
    else if (state.always !== undefined) target = first(state.always);
    if (typeof target !== 'string' || target.startsWith('#') || target.includes('.')) return undefined;
    return this.inScope(scope, target) ? target : undefined;
  }

  private lineFrom(scope: Scope, start: string): string[] {
    const line: string[] = [];
    for (let k: string | undefined = start; k !== undefined && !line.includes(k); k = this.forwardOf(scope, k))
      line.push(k);
    return line;
  }

  /** Where the branches of the routing state `key` meet again: the first state on every branch's line. */
  private joinOf(scope: Scope, key: string, always: Array<string | TransitionSpec>, path: string): string | undefined {
    if (this.joining.has(key)) return undefined;
    this.joining.add(key);
    try {
      const lines = always.map((t) => {
        const target = typeof t === 'string' ? t : t.target;
        return typeof target === 'string' && this.inScope(scope, target) ? this.lineFrom(scope, target) : [];
      });
      const join = lines[0].find((k) => lines.every((l) => l.includes(k)));
      if (join === undefined && path !== '')
        misfit(key, path, 'branches-do-not-join', 'its branches do not meet again at one later step');
      return join;
    } finally {
      this.joining.delete(key);
    }
  }

  // ---- reading ----

  /** The nodes from `start` up to `stop` (or up to the final state the line ends in). */
  readLine(scope: Scope, start: string, stop?: string): { nodes: FlowNode[]; end: string } {
    const nodes: FlowNode[] = [];
    let key = start;
    while (key !== stop) {
      if (key === LEFT) return { nodes, end: LEFT };
      const state = scope.states[key];
      const path = `${scope.specPath}.${key}`;
      if (state.type === 'final') {
        if (stop === undefined) return { nodes, end: key };
        misfit(key, path, 'branches-do-not-join', 'a branch ends here before the branches meet again');
      }
      if (this.read.has(key)) misfit(key, path, 'loop', 'the flow comes back to this step: simple mode reads top-down');
      this.read.add(key);
      const { node, next } = this.readNode(scope, key, state, path);
      nodes.push(node);
      key = next;
    }
    return { nodes, end: key };
  }

  forward(scope: Scope, t: TransitionSpec, key: string, path: string): string {
    return this.goOn(scope, this.resolve(scope, t.target, key, path), key, path);
  }

  /** Where going on to `next` leads the line: `next` in the same scope, or out of a watched line (LEFT). */
  goOn(scope: Scope, next: string, key: string, path: string): string {
    if (this.inScope(scope, next)) return next;
    if (scope.leave && (scope.leave.to === undefined || scope.leave.to === next)) {
      scope.leave.to = next;
      return LEFT;
    }
    return misfit(key, path, 'forward-jump', `goes on to "${next}" outside its branch`, { target: next });
  }

  /** A reject target: an end (final state at the root) or a node read before. */
  private backOrEnd(scope: Scope, t: TransitionSpec, key: string, path: string): string {
    return this.wayOut(key, this.resolve(scope, t.target, key, path), path);
  }

  /** A way that does not go on: to an end or an earlier step. */
  wayOut(key: string, to: string, path: string): string {
    const target = this.paths.get(to) ?? [];
    const isRootFinal = target.length === 1 && this.spec.states[to]?.type === 'final';
    if (!isRootFinal && !this.read.has(to))
      misfit(key, path, 'forward-jump', `jumps ahead to "${to}": only an end or an earlier step can be a way out`, {
        target: to,
      });
    return to;
  }

  readTask(task: TaskSpec, key: string, path: string): NodeTask {
    this.onlyKeys(task, [...TASK_KEYS], key, `${path}.meta.task`);
    const { outcomes: _o, approval: _a, ...rest } = task;
    return rest;
  }

  private readNode(scope: Scope, key: string, state: StateSpec, path: string): { node: FlowNode; next: string } {
    const task = state.meta?.task;
    if (state.type === 'parallel' && state.onDone === undefined) return readWatch(this, scope, key, state, path);
    if (state.type === 'parallel') return this.readParallel(scope, key, state, path);
    if (isPlainObject(state.states))
      misfit(key, path, 'compound-state', 'is a compound state with steps inside; simple mode has no such node');
    if (task) {
      this.onlyKeys(state, ['meta', 'on'], key, path);
      const on = state.on ?? {};
      const outcomes = task.outcomes ?? [];
      const extra = Object.keys(on).find((e) => !outcomes.includes(e));
      if (extra)
        misfit(key, `${path}.on.${extra}`, 'unsupported-key', `handles "${extra}", which is no outcome`, {
          key: extra,
        });
      const missing = outcomes.find((e) => on[e] === undefined);
      if (missing || outcomes.length === 0)
        misfit(key, `${path}.meta.task.outcomes`, 'outcome-missing', `outcome "${missing ?? ''}" leads nowhere`, {
          event: missing ?? '',
        });
      const outcome = (event: string) => this.single(on[event], key, `${path}.on.${event}`);
      const nodeTask = this.readTask(task, key, path);
      if (task.approval) {
        const approve = task.approval.approve ?? 'APPROVE';
        const reject = task.approval.reject ?? 'REJECT';
        if (outcomes.length !== 2 || outcomes[0] !== approve || outcomes[1] !== reject)
          misfit(
            key,
            `${path}.meta.task.outcomes`,
            'unsupported-key',
            'an approval here has outcomes other than approve and reject',
            {
              key: 'outcomes',
            },
          );
        const ok = outcome(approve);
        const no = outcome(reject);
        const onApprove = actionList(ok.actions);
        const rejectActions = actionList(no.actions);
        const next = this.forward(scope, ok, key, `${path}.on.${approve}`);
        return {
          node: {
            kind: 'approver',
            ...base(key, state),
            task: nodeTask,
            approval: task.approval,
            ...(onApprove ? { onApprove } : {}),
            reject: {
              to: this.backOrEnd(scope, no, key, `${path}.on.${reject}`),
              ...(rejectActions ? { actions: rejectActions } : {}),
            },
          },
          next,
        };
      }
      return readHandler(this, scope, key, state, path, nodeTask);
    }
    if (state.after !== undefined) {
      this.onlyKeys(state, ['meta', 'after'], key, path);
      const entries = Object.entries(state.after);
      const working = entries.length === 1 ? this.workingDelay(entries[0][0]) : undefined;
      if (entries.length !== 1 || (!isIsoDuration(entries[0][0]) && !working))
        misfit(key, `${path}.after`, 'not-a-node', 'waits for something other than one fixed duration');
      const t = this.single(entries[0][1], key, `${path}.after.${entries[0][0]}`);
      if (t.actions !== undefined)
        misfit(key, `${path}.after`, 'unsupported-key', 'runs actions after the delay', { key: 'actions' });
      const delay = working
        ? {
            duration: working.spec.working,
            working: { name: entries[0][0], ...(working.spec.from ? { from: working.spec.from } : {}) },
          }
        : { duration: entries[0][0] };
      return {
        node: { kind: 'delay', ...base(key, state), ...delay },
        next: this.forward(scope, t, key, path),
      };
    }
    if (Array.isArray(state.always)) return this.readCondition(scope, key, state, path);
    if (state.always !== undefined && state.entry !== undefined) return this.readCc(scope, key, state, path);
    return misfit(
      key,
      path,
      'not-a-node',
      'is neither a task, an approval, a copy, a condition, a delay nor parallel branches',
    );
  }

  private readCc(scope: Scope, key: string, state: StateSpec, path: string): { node: FlowNode; next: string } {
    this.onlyKeys(state, ['meta', 'entry', 'always'], key, path);
    const entry = Array.isArray(state.entry) ? state.entry : [state.entry];
    const to: string[] = [];
    let message: { zh: string; en: string } | undefined;
    for (const a of entry) {
      const params = typeof a === 'string' ? undefined : a?.params;
      const same = message === undefined || JSON.stringify(params?.message) === JSON.stringify(message);
      if (
        typeof a === 'string' ||
        a?.type !== 'notify' ||
        typeof params?.to !== 'string' ||
        !same ||
        Object.keys(params).length !== 2
      )
        misfit(key, `${path}.entry`, 'not-a-node', 'runs entry actions other than one copy message');
      to.push(params.to as string);
      message = params.message as { zh: string; en: string };
    }
    const kept = state.meta?.ccMessage as { zh: string; en: string } | undefined;
    if (entry.length === 0 && isPlainObject(kept)) message = kept;
    if (!message) misfit(key, `${path}.entry`, 'not-a-node', 'copies to nobody and keeps no message');
    const t = this.single(state.always, key, `${path}.always`);
    if (t.actions !== undefined) misfit(key, `${path}.always`, 'unsupported-key', 'runs actions', { key: 'actions' });
    const node: CcNode = { kind: 'cc', ...base(key, state), to, message };
    if (node.meta) {
      // The message kept for a copy to nobody is the node's, not other meta.
      const { ccMessage: _m, ...meta } = node.meta;
      if (Object.keys(meta).length > 0) node.meta = meta;
      else delete node.meta;
    }
    return { node, next: this.forward(scope, t, key, `${path}.always`) };
  }

  private readCondition(scope: Scope, key: string, state: StateSpec, path: string): { node: FlowNode; next: string } {
    this.onlyKeys(state, ['meta', 'always'], key, path);
    const always = state.always as Array<string | TransitionSpec>;
    const join = this.joinOf(scope, key, always, `${path}.always`) as string;
    const branches: ConditionBranch[] = [];
    let otherwise: Omit<ConditionBranch, 'when'> | undefined;
    always.forEach((raw, i) => {
      const tPath = `${path}.always.${i}`;
      const t: TransitionSpec = typeof raw === 'string' ? { target: raw } : raw;
      const extra = Object.keys(t).find((k) => !['target', 'guard', 'actions', 'meta'].includes(k));
      if (extra) misfit(key, `${tPath}.${extra}`, 'unsupported-key', `has "${extra}"`, { key: extra });
      const metaKeys = Object.keys(t.meta ?? {});
      if (metaKeys.some((k) => k !== 'title'))
        misfit(key, `${tPath}.meta`, 'unsupported-key', 'has branch meta other than a title', { key: 'meta' });
      const last = i === always.length - 1;
      if (last !== (t.guard === undefined))
        misfit(
          key,
          `${tPath}.guard`,
          'unsupported-condition',
          last ? 'the last branch must be the default (no condition)' : 'a branch before the last has no condition',
        );
      const when = t.guard === undefined ? [] : guardToConditions(t.guard);
      if (!when)
        misfit(key, `${tPath}.guard`, 'unsupported-condition', 'is not a comparison of form fields with values');
      const first = this.forward(scope, t, key, tPath);
      const { nodes } = first === join ? { nodes: [] } : this.readLine(scope, first, join);
      const title = isPlainObject(t.meta?.title) ? (t.meta?.title as unknown as ConditionBranch['title']) : undefined;
      const actions = actionList(t.actions);
      const branch = { ...(title ? { title } : {}), nodes, ...(actions ? { actions } : {}) };
      if (last) otherwise = branch;
      else branches.push({ ...branch, when });
    });
    return {
      node: { kind: 'condition', ...base(key, state), branches, otherwise: otherwise as Omit<ConditionBranch, 'when'> },
      next: join,
    };
  }

  private readParallel(scope: Scope, key: string, state: StateSpec, path: string): { node: FlowNode; next: string } {
    this.onlyKeys(state, ['meta', 'type', 'states', 'onDone'], key, path);
    const branches: ParallelBranch[] = [];
    for (const [regionKey, region] of Object.entries(state.states ?? {})) {
      const rPath = `${path}.states.${regionKey}`;
      this.onlyKeys(region, ['meta', 'initial', 'states'], regionKey, rPath);
      const metaKeys = Object.keys(region.meta ?? {});
      if (metaKeys.some((k) => k !== 'title') || typeof region.initial !== 'string' || !isPlainObject(region.states))
        misfit(regionKey, rPath, 'region-shape', 'a parallel branch must be a line of steps with one end');
      const inner: Scope = {
        states: region.states,
        parent: [...scope.parent, key, regionKey],
        specPath: `${rPath}.states`,
      };
      const { nodes, end } = this.readLine(inner, region.initial);
      const done = region.states[end];
      if (Object.keys(done).some((k) => k !== 'type'))
        misfit(end, `${inner.specPath}.${end}`, 'final-with-content', 'the end of a parallel branch has content');
      const stray = Object.keys(region.states).find((k) => k !== end && !this.read.has(k));
      if (stray) misfit(stray, `${inner.specPath}.${stray}`, 'region-shape', "is off the branch's line");
      branches.push({
        key: regionKey,
        ...(region.meta?.title ? { title: region.meta.title } : {}),
        nodes,
        doneKey: end,
      });
    }
    const t = this.single(state.onDone, key, `${path}.onDone`);
    if (t.actions !== undefined) misfit(key, `${path}.onDone`, 'unsupported-key', 'runs actions', { key: 'actions' });
    return {
      node: { kind: 'parallel', ...base(key, state), branches },
      next: this.forward(scope, t, key, `${path}.onDone`),
    };
  }

  readEnd(key: string): FlowEnd {
    const state = this.spec.states[key];
    this.onlyKeys(state, ['type', 'meta'], key, `states.${key}`);
    const { task: _t, ...meta } = state.meta ?? {};
    if (state.meta?.task || Object.keys(meta).some((k) => k !== 'title' && k !== 'position'))
      misfit(key, `states.${key}`, 'final-with-content', 'an end has content');
    const rest = restMeta(state.meta);
    return { key, ...(state.meta?.title ? { title: state.meta.title } : {}), ...(rest ? { meta: rest } : {}) };
  }

  isRead(key: string): boolean {
    return this.read.has(key);
  }

  /** The working-time delay `name` of `meta.delays` when a delay node can show it: a fixed working duration. */
  workingDelay(name: string): { spec: { working: string; from?: string } } | undefined {
    const delays = this.spec.meta.delays as Record<string, unknown> | undefined;
    const spec = delays?.[name];
    if (!isPlainObject(spec) || Object.keys(spec).some((k) => k !== 'working' && k !== 'from')) return undefined;
    if (typeof spec.working !== 'string' || !parseWorkingDuration(spec.working)) return undefined;
    if (spec.from !== undefined && typeof spec.from !== 'string') return undefined;
    this.ownedDelays.add(name);
    return { spec: spec as { working: string; from?: string } };
  }

  /** The `meta.delays` names the delay nodes own (they write them back). */
  readonly ownedDelays = new Set<string>();
}

function readTree(spec: WorkflowSpec): FlowTree {
  if (!isPlainObject(spec.states) || Object.keys(spec.states).length === 0)
    misfit('', 'states', 'not-a-node', 'the workflow has no states');
  const rootMove = Object.keys(spec).find((k) => ROOT_MOVES.has(k));
  if (rootMove)
    misfit('', rootMove, 'root-transitions', 'the workflow itself reacts to events or time', { key: rootMove });
  const extra = Object.keys(spec).find((k) => !ROOT_KEYS.has(k));
  if (extra) misfit('', extra, 'unsupported-key', `the workflow has "${extra}"`, { key: extra });
  const reader = new TreeReader(spec);
  const initial = spec.initial ?? Object.keys(spec.states)[0];
  const root = { states: spec.states, parent: [], specPath: 'states' };
  const { nodes, end } = reader.readLine(root, initial);
  for (const key of Object.keys(spec.states))
    if (spec.states[key].type !== 'final' && !reader.isRead(key))
      misfit(key, `states.${key}`, 'off-line-state', 'is not on the line from the start to the end');
  const ends = Object.keys(spec.states).filter((k) => k !== end && spec.states[k].type === 'final');
  const { title, description, starterRoles, input, events, ...metaRest } = spec.meta;
  // The delays the delay nodes own are theirs: the tree keeps only the others.
  const delays = Object.entries(metaRest.delays ?? {}).filter(([name]) => !reader.ownedDelays.has(name));
  if (metaRest.delays !== undefined && reader.ownedDelays.size > 0) {
    if (delays.length > 0) metaRest.delays = Object.fromEntries(delays) as typeof metaRest.delays;
    else delete metaRest.delays;
  }
  return {
    id: spec.id,
    title,
    ...(description ? { description } : {}),
    start: { ...(starterRoles ? { starterRoles } : {}), ...(input ? { form: input } : {}) },
    nodes,
    end: reader.readEnd(end),
    ends: ends.map((k) => reader.readEnd(k)),
    ...(events ? { events } : {}),
    ...(spec.context ? { context: spec.context } : {}),
    ...(Object.keys(metaRest).length > 0 ? { meta: metaRest } : {}),
  };
}

/**
 * Reads a definition as a simple-mode tree when its shape fits (a top-down line of tasks,
 * approvals, copies, conditions on form fields, parallel branches and delays), else the first
 * state that does not fit and why.
 *
 * @example definitionToTree(spec) // { ok: false, misfit: { state: 'settlement', code: 'compound-state', ... } }
 */
export function definitionToTree(spec: WorkflowSpec): ReadTreeResult {
  try {
    return { ok: true, tree: readTree(spec) };
  } catch (e) {
    if (e instanceof MisfitError) return { ok: false, misfit: e.misfit };
    throw e;
  }
}
