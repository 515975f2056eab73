// Reading 限期督办: a parallel state with no onDone whose first region is a line that goes on out
// of the group and whose second waits a deadline, then tasks someone with a follow-up.
import type { LocalizedText, StateSpec, TaskSpec } from '../definition/definition.types';
import { isPlainObject } from '../support/json-value';
import type { FlowNode, FollowUpTask, WatchNode } from './flow-tree.types';
import { actionList, base, LEFT, restMeta, type Scope, type TreeReader } from './read-parts';
import { misfit } from './tree-misfit';

/** What reading a watch needs of the tree reader. */
export interface WatchReader extends TreeReader {
  readLine(scope: Scope, start: string, stop?: string): { nodes: FlowNode[]; end: string };
}

const shape = (key: string, path: string, why: string): never => misfit(key, path, 'watch-shape', why);

/** A region's title, when its meta holds nothing else; its initial state and states. */
function region(r: WatchReader, key: string, state: StateSpec, path: string) {
  r.onlyKeys(state, ['meta', 'initial', 'states'], key, path);
  if (Object.keys(state.meta ?? {}).some((k) => k !== 'title') || typeof state.initial !== 'string')
    shape(key, path, 'a watched branch must be a line with a title at most');
  if (!isPlainObject(state.states)) return shape(key, path, 'a watched branch has no steps');
  return {
    ...(state.meta?.title ? { title: state.meta.title as LocalizedText } : {}),
    initial: state.initial as string,
    states: state.states,
  };
}

function readFollowUp(r: WatchReader, scope: Scope, key: string, state: StateSpec, path: string) {
  r.onlyKeys(state, ['meta', 'on'], key, path);
  const task = state.meta?.task;
  const outcomes = task?.outcomes ?? [];
  if (!task || task.approval || outcomes.length !== 1 || Object.keys(state.on ?? {}).length !== 1)
    shape(key, path, 'the follow-up must be a task with one outcome');
  const t = r.single(state.on?.[outcomes[0]], key, `${path}.on.${outcomes[0]}`);
  const actions = actionList(t.actions);
  const followUp: FollowUpTask = {
    ...base(key, state),
    task: r.readTask(task as TaskSpec, key, path),
    done: { event: outcomes[0], ...(actions ? { actions } : {}) },
  };
  return { followUp, to: r.resolve(scope, t.target, key, `${path}.on.${outcomes[0]}`) };
}

function readDeadline(r: WatchReader, scope: Scope, state: StateSpec, key: string, path: string): WatchNode['watch'] {
  const { title, initial, states } = region(r, key, state, path);
  const inner: Scope = { states, parent: [...scope.parent, key], specPath: `${path}.states` };
  const keys = Object.keys(states);
  const wait = states[initial];
  const wPath = `${inner.specPath}.${initial}`;
  if (keys.length !== 3 || !wait) return shape(key, path, 'a deadline is a wait, a follow-up task and an end');
  r.onlyKeys(wait, ['meta', 'after'], initial, wPath);
  const after = Object.entries(wait.after ?? {});
  if (after.length !== 1 || wait.meta?.task) return shape(initial, wPath, 'the wait must pass one deadline');
  const [delay, transitions] = after[0];
  const passed = r.single(transitions, initial, `${wPath}.after.${delay}`);
  const followKey = r.resolve(inner, passed.target, initial, `${wPath}.after.${delay}`);
  const follow = r.inScope(inner, followKey) ? states[followKey] : undefined;
  if (!follow || followKey === initial || follow.type === 'final')
    return shape(initial, wPath, 'the deadline must task someone with a follow-up');
  const fPath = `${inner.specPath}.${followKey}`;
  const { followUp, to: doneKey } = readFollowUp(r, inner, followKey, follow, fPath);
  const done = r.inScope(inner, doneKey) ? states[doneKey] : undefined;
  if (!done || done.type !== 'final') return shape(followKey, fPath, 'the follow-up must end the watch');
  const dPath = `${inner.specPath}.${doneKey}`;
  r.onlyKeys(done, ['type', 'meta'], doneKey, dPath);
  if (Object.keys(done.meta ?? {}).some((k) => k !== 'title')) shape(doneKey, dPath, 'the end of a watch has content');
  for (const k of [initial, followKey, doneKey]) r.read.add(k);
  const waitMeta = restMeta(wait.meta);
  const actions = actionList(passed.actions);
  return {
    key,
    ...(title ? { title } : {}),
    wait: {
      key: initial,
      ...(wait.meta?.title ? { title: wait.meta.title } : {}),
      ...(waitMeta ? { meta: waitMeta } : {}),
    },
    delay,
    ...(actions ? { actions } : {}),
    followUp,
    doneKey,
    ...(done.meta?.title ? { doneTitle: done.meta.title } : {}),
  };
}

export function readWatch(
  r: WatchReader,
  scope: Scope,
  key: string,
  state: StateSpec,
  path: string,
): { node: FlowNode; next: string } {
  r.onlyKeys(state, ['meta', 'type', 'states'], key, path);
  const regions = Object.entries(state.states ?? {});
  if (regions.length !== 2)
    shape(key, path, 'parallel branches that never join must be one line watched by one deadline');
  const [[lineKey, lineState], [watchKey, watchState]] = regions;
  const lPath = `${path}.states.${lineKey}`;
  const line = region(r, lineKey, lineState, lPath);
  const inner: Scope = {
    states: line.states,
    parent: [...scope.parent, key, lineKey],
    specPath: `${lPath}.states`,
    leave: {},
  };
  const { nodes, end } = r.readLine(inner, line.initial);
  const next = inner.leave?.to;
  if (end !== LEFT || next === undefined || nodes.length === 0)
    shape(lineKey, lPath, 'the watched line must go on out of the group, to what follows it');
  const stray = Object.keys(line.states).find((k) => !r.read.has(k));
  if (stray) shape(stray, `${inner.specPath}.${stray}`, 'is off the watched line');
  if (!r.inScope(scope, next as string))
    misfit(key, lPath, 'forward-jump', `goes on to "${next}" outside its branch`, { target: next as string });
  const groupScope = { ...scope, parent: [...scope.parent, key] };
  const watch = readDeadline(r, groupScope, watchState, watchKey, `${path}.states.${watchKey}`);
  return {
    node: {
      kind: 'watch',
      ...base(key, state),
      line: { key: lineKey, ...(line.title ? { title: line.title } : {}), nodes },
      watch: { ...watch, key: watchKey },
    },
    next: next as string,
  };
}
