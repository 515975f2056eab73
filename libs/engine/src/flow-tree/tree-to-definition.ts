import type {
  ActionRef,
  StateMeta,
  StateSpec,
  TaskSpec,
  TransitionSpec,
  WorkflowSpec,
} from '../definition/definition.types';
import type { WorkingDelaySpec } from '../calendar/working-delay';
import type {
  AnswerBranch,
  ConditionBranch,
  DelayNode,
  FlowNode,
  FlowTree,
  HandlerNode,
  NodeTask,
  WatchNode,
} from './flow-tree.types';
import { conditionsToGuard } from './tree-conditions';
import { targetFor, treePaths, type TreePaths } from './tree-paths';

interface Scope {
  tree: FlowTree;
  paths: TreePaths;
  /** Path of the compound the line's states live in. */
  parent: string[];
  /** The working-time delays the delay nodes write into `meta.delays`. */
  delays: Record<string, WorkingDelaySpec>;
}

const withActions = (t: TransitionSpec, actions?: ActionRef[]): TransitionSpec =>
  actions && actions.length > 0 ? { ...t, actions } : t;

function stateMeta(node: { title?: StateMeta['title']; description?: StateMeta['description']; meta?: object }) {
  const meta: StateMeta = { ...(node.meta ?? {}) };
  if (node.title) meta.title = node.title;
  if (node.description) meta.description = node.description;
  return meta;
}

function withMeta(state: StateSpec, meta: StateMeta): StateSpec {
  return Object.keys(meta).length > 0 ? { meta, ...state } : state;
}

function taskSpec(
  tree: FlowTree,
  { fieldAccess, ...task }: NodeTask,
  outcomes: string[],
  extra: Partial<TaskSpec> = {},
): TaskSpec {
  // 表单权限 of a field no longer in the start form is dropped, not left as a definition error.
  const fields = (tree.start.form?.properties ?? {}) as Record<string, unknown>;
  const access = fieldAccess && Object.fromEntries(Object.entries(fieldAccess).filter(([k]) => k in fields));
  return { ...task, ...(access && Object.keys(access).length > 0 ? { fieldAccess: access } : {}), outcomes, ...extra };
}

/** A delay node's `after` key: its duration, or the working-time delay it adds to `meta.delays`. */
function delayKey(scope: Scope, node: DelayNode): string {
  if (!node.working) return node.duration;
  const { name, from } = node.working;
  scope.delays[name] = { working: node.duration, ...(from ? { from } : {}) };
  return name;
}

/** The key the line goes to first: its first node, or `next` when it is empty. */
const firstKey = (nodes: FlowNode[], next: string) => (nodes.length > 0 ? nodes[0].key : next);

function branchTransition(scope: Scope, branch: Omit<ConditionBranch, 'when'>, next: string): TransitionSpec {
  const t: TransitionSpec = { target: targetFor(scope.tree, scope.paths, scope.parent, firstKey(branch.nodes, next)) };
  return withActions(branch.title ? { ...t, meta: { title: branch.title } } : t, branch.actions);
}

/**
 * An outcome's transitions: its answer branches in order (guards on `event.data`), then the
 * otherwise; a way without `to` goes on to `next`.
 */
function outcomeTransitions(
  to: (key: string) => string,
  next: string,
  otherwise: { to?: string; actions?: ActionRef[]; check?: TransitionSpec['guard'] },
  branches: AnswerBranch[] | undefined,
): TransitionSpec | TransitionSpec[] {
  const target = to(otherwise.to ?? next);
  const last = withActions(otherwise.check ? { guard: otherwise.check, target } : { target }, otherwise.actions);
  if (!branches || branches.length === 0) return last;
  const guarded = branches.map((b) =>
    withActions({ guard: conditionsToGuard(b.when, 'event.data'), target: to(b.to ?? next) }, b.actions),
  );
  return [...guarded, last];
}

function handlerState(
  scope: Scope,
  node: HandlerNode,
  meta: StateMeta,
  to: (key: string) => string,
  next: string,
  states: Record<string, StateSpec>,
): StateSpec {
  const exits = node.exits ?? [];
  const loop = node.askInfo;
  const outcomes = [node.submit.event, ...exits.map((e) => e.event), ...(loop ? [loop.ask.event] : [])];
  meta.task = taskSpec(scope.tree, node.task, outcomes);
  const on: Record<string, TransitionSpec | TransitionSpec[]> = {
    [node.submit.event]: outcomeTransitions(to, next, node.submit, node.submit.branches),
  };
  for (const e of exits) on[e.event] = outcomeTransitions(to, next, e, e.branches);
  if (loop) {
    on[loop.ask.event] = withActions({ target: to(loop.key) }, loop.ask.actions);
    // The answer task sits right after its step, off the line: it only ever returns to the step.
    const loopMeta = stateMeta(loop);
    loopMeta.task = taskSpec(scope.tree, loop.task, [loop.answer.event]);
    states[loop.key] = {
      meta: loopMeta,
      on: { [loop.answer.event]: withActions({ target: to(node.key) }, loop.answer.actions) },
    };
  }
  return { meta, on };
}

/**
 * 限期督办 as a parallel state with no `onDone`: the line's region, whose last way goes on straight
 * to `next` outside the group, beside the deadline's wait → follow-up task → end.
 */
function watchState(scope: Scope, node: WatchNode, meta: StateMeta, next: string): StateSpec {
  const lineStates: Record<string, StateSpec> = {};
  addLine({ ...scope, parent: [...scope.parent, node.key, node.line.key] }, node.line.nodes, next, lineStates);
  const w = node.watch;
  const to = (key: string) => targetFor(scope.tree, scope.paths, [...scope.parent, node.key, w.key], key);
  const followMeta = stateMeta(w.followUp);
  followMeta.task = taskSpec(scope.tree, w.followUp.task, [w.followUp.done.event]);
  const watchStates: Record<string, StateSpec> = {
    [w.wait.key]: withMeta(
      { after: { [w.delay]: withActions({ target: to(w.followUp.key) }, w.actions) } },
      stateMeta(w.wait),
    ),
    [w.followUp.key]: {
      meta: followMeta,
      on: { [w.followUp.done.event]: withActions({ target: to(w.doneKey) }, w.followUp.done.actions) },
    },
    [w.doneKey]: withMeta({ type: 'final' }, w.doneTitle ? { title: w.doneTitle } : {}),
  };
  const regions: Record<string, StateSpec> = {
    [node.line.key]: withMeta(
      { initial: firstKey(node.line.nodes, next), states: lineStates },
      node.line.title ? { title: node.line.title } : {},
    ),
    [w.key]: withMeta({ initial: w.wait.key, states: watchStates }, w.title ? { title: w.title } : {}),
  };
  return withMeta({ type: 'parallel', states: regions }, meta);
}

function nodeState(scope: Scope, node: FlowNode, next: string, states: Record<string, StateSpec>): StateSpec {
  const to = (key: string) => targetFor(scope.tree, scope.paths, scope.parent, key);
  const meta = stateMeta(node);
  switch (node.kind) {
    case 'approver': {
      const approve = node.approval.approve ?? 'APPROVE';
      const reject = node.approval.reject ?? 'REJECT';
      meta.task = taskSpec(scope.tree, node.task, [approve, reject], { approval: node.approval });
      return {
        meta,
        on: {
          [approve]: withActions({ target: to(next) }, node.onApprove),
          [reject]: withActions({ target: to(node.reject.to) }, node.reject.actions),
        },
      };
    }
    case 'handler':
      return handlerState(scope, node, meta, to, next, states);
    case 'cc':
      // With nobody to copy there is no notify to carry the message; meta keeps it for the designer.
      if (node.to.length === 0) meta.ccMessage = node.message;
      return withMeta(
        {
          entry: node.to.map((target) => ({ type: 'notify', params: { to: target, message: node.message } })),
          always: { target: to(next) },
        },
        meta,
      );
    case 'delay':
      return withMeta({ after: { [delayKey(scope, node)]: { target: to(next) } } }, meta);
    case 'condition': {
      const always: TransitionSpec[] = node.branches.map((b) => ({
        ...branchTransition(scope, b, next),
        guard: conditionsToGuard(b.when),
      }));
      always.push(branchTransition(scope, node.otherwise, next));
      for (const b of node.branches) addLine(scope, b.nodes, next, states);
      addLine(scope, node.otherwise.nodes, next, states);
      return withMeta({ always }, meta);
    }
    case 'parallel': {
      const regions: Record<string, StateSpec> = {};
      for (const b of node.branches) {
        const inner: Record<string, StateSpec> = {};
        const regionScope = { ...scope, parent: [...scope.parent, node.key, b.key] };
        addLine(regionScope, b.nodes, b.doneKey, inner);
        inner[b.doneKey] = { type: 'final' };
        regions[b.key] = withMeta(
          { initial: firstKey(b.nodes, b.doneKey), states: inner },
          b.title ? { title: b.title } : {},
        );
      }
      return withMeta({ type: 'parallel', states: regions, onDone: { target: to(next) } }, meta);
    }
    case 'watch':
      return watchState(scope, node, meta, next);
  }
}

/** Adds the states of a line (and the lines inside its branches) under one compound. */
function addLine(scope: Scope, nodes: FlowNode[], next: string, states: Record<string, StateSpec>): void {
  nodes.forEach((node, i) => {
    const after = i + 1 < nodes.length ? nodes[i + 1].key : next;
    // The node's own state first, then what its branches add: the document reads top-down.
    states[node.key] = {};
    states[node.key] = nodeState(scope, node, after, states);
  });
}

/**
 * The definition a tree compiles to: plain states and transitions the engine runs like any
 * other (tasks, approvals, `always` routing, `after` delays, parallel regions).
 *
 * @example treeToDefinition(tree).states // { managerApproval: { meta: { task: ... }, on: { APPROVE: ... } }, ... }
 */
export function treeToDefinition(tree: FlowTree): WorkflowSpec {
  const paths = treePaths(tree);
  const states: Record<string, StateSpec> = {};
  const delays: Record<string, WorkingDelaySpec> = {};
  addLine({ tree, paths, parent: [], delays }, tree.nodes, tree.end.key, states);
  for (const end of [tree.end, ...tree.ends]) {
    const meta = stateMeta({ title: end.title, meta: end.meta });
    states[end.key] = withMeta({ type: 'final' }, meta);
  }
  const meta: WorkflowSpec['meta'] = { ...(tree.meta ?? {}), title: tree.title };
  if (tree.description) meta.description = tree.description;
  if (tree.start.starterRoles) meta.starterRoles = tree.start.starterRoles;
  if (tree.start.form) meta.input = tree.start.form;
  if (tree.events) meta.events = tree.events;
  if (Object.keys(delays).length > 0) meta.delays = { ...(meta.delays as object | undefined), ...delays };
  return {
    id: tree.id,
    initial: firstKey(tree.nodes, tree.end.key),
    meta,
    ...(tree.context ? { context: tree.context } : {}),
    states,
  };
}
