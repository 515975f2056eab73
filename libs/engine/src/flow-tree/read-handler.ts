// Reading a 办理人 (handler) state: its submit and exits with their answer branches (guards on the
// step's own form), the way it goes on, and a 补充信息 loop to an answer task off the line.
import type { ActionRef, StateSpec, TransitionSpec, TransitionsSpec } from '../definition/definition.types';
import type {
  AnswerBranch,
  FlowCondition,
  FlowNode,
  InfoLoop,
  NodeExit,
  NodeSubmit,
  NodeTask,
} from './flow-tree.types';
import { actionList, base, type Scope, type TreeReader } from './read-parts';
import { guardToConditions } from './tree-conditions';
import { misfit } from './tree-misfit';

/** What reading a handler needs of the tree reader. */
export interface HandlerReader extends TreeReader {
  wayOut(key: string, to: string, path: string): string;
  goOn(scope: Scope, next: string, key: string, path: string): string;
}

/** An outcome's transitions as a list, each with no keys but target, guard and actions. */
function transitionList(value: TransitionsSpec | undefined, key: string, path: string): TransitionSpec[] {
  const list = (Array.isArray(value) ? value : value === undefined ? [] : [value]).map((t) =>
    typeof t === 'string' ? { target: t } : t,
  );
  list.forEach((t, i) => {
    const tPath = list.length > 1 ? `${path}.${i}` : path;
    const extra = Object.keys(t).find((k) => !['target', 'guard', 'actions'].includes(k));
    if (extra) misfit(key, `${tPath}.${extra}`, 'unsupported-key', `has "${extra}"`, { key: extra });
    if (typeof t.target !== 'string')
      misfit(key, tPath, 'guarded-outcome', 'must lead to exactly one next step (no conditions on it)');
  });
  return list;
}

/**
 * The answer branches of an outcome: every way but the last tests fields of the outcome's own
 * form (`event.data`); the last is the otherwise. Targets are resolved, not yet placed.
 */
function readAnswerWays(
  r: HandlerReader,
  scope: Scope,
  key: string,
  path: string,
  event: string,
  list: TransitionSpec[],
): Array<{ when: FlowCondition[]; to: string; actions?: ActionRef[]; path: string }> {
  const fields = (r.spec.meta.events?.[event]?.schema?.properties ?? {}) as Record<string, unknown>;
  if (list.length === 0) misfit(key, path, 'outcome-missing', `outcome "${event}" leads nowhere`, { event });
  return list.map((t, i) => {
    const tPath = list.length > 1 ? `${path}.${i}` : path;
    const last = i === list.length - 1;
    // One guarded way is a check the outcome must pass (no otherwise to go to): no answer branch.
    if (last && t.guard !== undefined && list.length === 1)
      misfit(key, tPath, 'guarded-outcome', 'is refused unless a condition holds; simple mode has no place for it');
    if (last && t.guard !== undefined)
      misfit(key, `${tPath}.guard`, 'unsupported-condition', 'the last way must be the otherwise (no condition)');
    const when = t.guard === undefined ? [] : guardToConditions(t.guard, 'event.data');
    if (!when || (!last && when.length === 0))
      misfit(key, tPath, 'guarded-outcome', "has a condition that is not on this step's own answers");
    const unknown = when.find((c) => !Object.prototype.hasOwnProperty.call(fields, c.field));
    if (unknown)
      misfit(key, `${tPath}.guard`, 'unknown-answer-field', `tests "${unknown.field}", which its form does not ask`, {
        field: unknown.field,
      });
    const actions = actionList(t.actions);
    return { when, to: r.resolve(scope, t.target, key, tPath), ...(actions ? { actions } : {}), path: tPath };
  });
}

/**
 * The way that goes on: the first to a step not read before; when every way ends, the end that
 * comes first among the states (a compiled tree writes its main end before the others).
 */
function goesOn(r: HandlerReader, scope: Scope, targets: string[]): string | undefined {
  const ahead = targets.filter((k) => !r.read.has(k));
  const step = ahead.find((k) => r.inScope(scope, k) && scope.states[k].type !== 'final');
  if (step !== undefined) return step;
  const order = Object.keys(scope.states);
  const inOrder = ahead.filter((k) => order.includes(k)).sort((a, b) => order.indexOf(a) - order.indexOf(b));
  return inOrder[0] ?? ahead[0];
}

/**
 * 补充信息 when `target` is a task off the line any of whose outcomes returns to `key`: the task
 * must have one outcome that returns, and nothing else. Undefined when it is no such task.
 */
function readInfoLoop(
  r: HandlerReader,
  scope: Scope,
  key: string,
  event: string,
  t: TransitionSpec,
  path: string,
): InfoLoop | undefined {
  const loopKey = r.resolve(scope, t.target, key, path);
  const state = r.inScope(scope, loopKey) && !r.read.has(loopKey) ? scope.states[loopKey] : undefined;
  const task = state?.meta?.task;
  if (!state || !task) return undefined;
  const returns = Object.entries(state.on ?? {}).some(([, v]) =>
    transitionList(v, loopKey, path).some((x) => r.resolve(scope, x.target, loopKey, path) === key),
  );
  if (!returns) return undefined;
  const lPath = `${scope.specPath}.${loopKey}`;
  const outcomes = task.outcomes ?? [];
  const on = state.on ?? {};
  if (task.approval || outcomes.length !== 1 || Object.keys(on).length !== 1 || on[outcomes[0]] === undefined)
    misfit(loopKey, lPath, 'info-loop-shape', 'an answer task must have one outcome, which returns to the step');
  r.onlyKeys(state, ['meta', 'on'], loopKey, lPath);
  const answer = r.single(on[outcomes[0]], loopKey, `${lPath}.on.${outcomes[0]}`);
  if (r.resolve(scope, answer.target, loopKey, `${lPath}.on.${outcomes[0]}`) !== key)
    misfit(loopKey, lPath, 'info-loop-shape', 'an answer task must return to the step that asked');
  r.read.add(loopKey);
  const askActions = actionList(t.actions);
  const answerActions = actionList(answer.actions);
  return {
    ask: { event, ...(askActions ? { actions: askActions } : {}) },
    ...base(loopKey, state),
    task: r.readTask(task, loopKey, lPath),
    answer: { event: outcomes[0], ...(answerActions ? { actions: answerActions } : {}) },
  };
}

export function readHandler(
  r: HandlerReader,
  scope: Scope,
  key: string,
  state: StateSpec,
  path: string,
  nodeTask: NodeTask,
): { node: FlowNode; next: string } {
  const on = state.on ?? {};
  const [first, ...others] = state.meta?.task?.outcomes ?? [];
  const onPath = (event: string) => `${path}.on.${event}`;
  const submitList = transitionList(on[first], key, onPath(first));
  // One guarded way is a check the submit must pass (refused otherwise), kept as written.
  const check = submitList.length === 1 ? submitList[0].guard : undefined;
  const unchecked = check === undefined ? submitList : [{ ...submitList[0], guard: undefined }];
  const submitWays = readAnswerWays(r, scope, key, onPath(first), first, unchecked);
  const next = goesOn(
    r,
    scope,
    submitWays.map((w) => w.to),
  );
  if (next === undefined) misfit(key, onPath(first), 'forward-jump', 'no way of it goes on');
  const lineNext = r.goOn(scope, next, key, onPath(first));
  const place = (w: (typeof submitWays)[number]) => (w.to === next ? undefined : r.wayOut(key, w.to, w.path));
  const answerBranch = (w: (typeof submitWays)[number]): AnswerBranch => {
    const to = place(w);
    return { when: w.when, ...(to !== undefined ? { to } : {}), ...(w.actions ? { actions: w.actions } : {}) };
  };
  const otherwise = submitWays[submitWays.length - 1];
  const submitTo = place(otherwise);
  const submit: NodeSubmit = {
    event: first,
    ...(otherwise.actions ? { actions: otherwise.actions } : {}),
    ...(submitTo !== undefined ? { to: submitTo } : {}),
    ...(submitWays.length > 1 ? { branches: submitWays.slice(0, -1).map(answerBranch) } : {}),
    ...(check !== undefined ? { check } : {}),
  };
  const exits: NodeExit[] = [];
  let askInfo: InfoLoop | undefined;
  others.forEach((event, i) => {
    const list = transitionList(on[event], key, onPath(event));
    const loop = list.length === 1 ? readInfoLoop(r, scope, key, event, list[0], onPath(event)) : undefined;
    if (loop && (askInfo || i !== others.length - 1))
      misfit(key, onPath(event), 'info-loop-shape', 'asks for information other than by its last outcome, once');
    if (loop) return void (askInfo = loop);
    const ways = readAnswerWays(r, scope, key, onPath(event), event, list);
    const last = ways[ways.length - 1];
    // An exit may also go on, like the submit (another button to the same next step).
    const lastTo = place(last);
    exits.push({
      event,
      ...(lastTo !== undefined ? { to: lastTo } : {}),
      ...(last.actions ? { actions: last.actions } : {}),
      ...(ways.length > 1 ? { branches: ways.slice(0, -1).map(answerBranch) } : {}),
    });
  });
  return {
    node: {
      kind: 'handler',
      ...base(key, state),
      task: nodeTask,
      submit,
      ...(exits.length > 0 ? { exits } : {}),
      ...(askInfo ? { askInfo } : {}),
    },
    next: lineNext,
  };
}
