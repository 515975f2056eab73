// What the tree reader's parts share: the scope a line is read in, and a node's kept fields.
import type {
  ActionRef,
  JsonObject,
  StateMeta,
  StateSpec,
  TaskSpec,
  TransitionSpec,
  TransitionsSpec,
  WorkflowSpec,
} from '../definition/definition.types';
import type { NodeTask } from './flow-tree.types';

export interface Scope {
  states: Record<string, StateSpec>;
  /** Path of the compound holding these states (empty for the root). */
  parent: string[];
  /** Spec path of `states`, e.g. `states` or `states.review.states.legal.states`. */
  specPath: string;
  /**
   * A watched line (限期督办) may go on out of its region, to what follows the group; the first
   * such target is kept here, and every other must be the same.
   */
  leave?: { to?: string };
}

/** The key a line's reading stops at when it goes on out of its watched region. */
export const LEFT = ':left';

/** What the readers of one node kind (read-handler.ts, read-watch.ts) need of the tree reader. */
export interface TreeReader {
  readonly spec: WorkflowSpec;
  /** The keys read so far: a target among them is an earlier step. */
  readonly read: Set<string>;
  resolve(scope: Scope, target: unknown, key: string, path: string): string;
  inScope(scope: Scope, key: string): boolean;
  single(value: TransitionsSpec | undefined, key: string, path: string): TransitionSpec;
  onlyKeys(state: object, allowed: string[], key: string, path: string): void;
  readTask(task: TaskSpec, key: string, path: string): NodeTask;
}

/** The actions of a transition as a list (absent when none). */
export function actionList(actions: TransitionSpec['actions']): ActionRef[] | undefined {
  if (actions === undefined) return undefined;
  return Array.isArray(actions) ? actions : [actions];
}

/** The meta a node keeps untouched: everything but title, description and task. */
export function restMeta(meta: StateMeta | undefined): JsonObject | undefined {
  if (!meta) return undefined;
  const { title: _t, description: _d, task: _k, ...rest } = meta;
  return Object.keys(rest).length > 0 ? rest : undefined;
}

export function base(key: string, state: StateSpec) {
  const meta = restMeta(state.meta);
  return {
    key,
    ...(state.meta?.title ? { title: state.meta.title } : {}),
    ...(state.meta?.description ? { description: state.meta.description } : {}),
    ...(meta ? { meta } : {}),
  };
}
