import type { StateSpec } from './definition.types';
import { isPlainObject } from '../support/json-value';
import { joinPath } from './problems';

export type StateKind = 'atomic' | 'compound' | 'parallel' | 'final' | 'history';

/** A state node (or the root) with its resolved kind, id and place in the tree. */
export interface IndexedState {
  keys: string[];
  /** Dotted spec path; `` for the root. */
  specPath: string;
  config: StateSpec;
  kind: StateKind;
  id: string;
  parent?: IndexedState;
  children: Record<string, IndexedState>;
}

export const STATE_KINDS: readonly StateKind[] = ['atomic', 'compound', 'parallel', 'final', 'history'];

/** XState's rule: explicit `type`, else compound with child states, history with `history`, else atomic. */
function kindOf(config: StateSpec): StateKind {
  if (typeof config.type === 'string' && (STATE_KINDS as readonly string[]).includes(config.type))
    return config.type as StateKind;
  if (isPlainObject(config.states) && Object.keys(config.states).length > 0) return 'compound';
  return config.history ? 'history' : 'atomic';
}

/** A resolved transition target, or why it does not resolve. */
export interface ResolvedTarget {
  node?: IndexedState;
  error?: string;
  code?: 'unknown-target' | 'root-relative-target';
}

/** The state tree of a spec, with lookups by XState id. */
export class StateIndex {
  readonly root: IndexedState;
  readonly all: IndexedState[] = [];
  private readonly byId = new Map<string, IndexedState>();

  constructor(spec: StateSpec & { id?: unknown }) {
    const rootId = typeof spec.id === 'string' ? spec.id : '(machine)';
    this.root = this.build(spec, [], '', rootId, undefined);
  }

  private build(
    config: StateSpec,
    keys: string[],
    specPath: string,
    machineId: string,
    parent?: IndexedState,
  ): IndexedState {
    const defaultId = [machineId, ...keys].join('.');
    const id = keys.length > 0 && typeof config.id === 'string' ? config.id : defaultId;
    const node: IndexedState = {
      keys,
      specPath,
      config,
      kind: keys.length === 0 ? 'compound' : kindOf(config),
      id,
      parent,
      children: {},
    };
    if (keys.length === 0 && config.type === 'parallel') node.kind = 'parallel';
    this.all.push(node);
    if (!this.byId.has(id)) this.byId.set(id, node);
    if (isPlainObject(config.states)) {
      for (const [key, child] of Object.entries(config.states)) {
        if (!isPlainObject(child)) continue;
        node.children[key] = this.build(
          child as StateSpec,
          [...keys, key],
          joinPath(specPath, 'states', key),
          machineId,
          node,
        );
      }
    }
    return node;
  }

  /** Resolves a path of child keys below `from`; `undefined` when a key is missing. */
  private descend(from: IndexedState, keys: string[]): IndexedState | undefined {
    let node: IndexedState | undefined = from;
    for (const key of keys) {
      if (key === '') break;
      node = node?.children[key];
    }
    return node;
  }

  /**
   * Resolves a transition target as XState does: `#id[.path]` by state id, `.x` as a child of
   * the source, `a.b` from the source's parent; on the root a plain target is an error.
   */
  resolveTarget(source: IndexedState, target: string): ResolvedTarget {
    const missing: ResolvedTarget = {
      error: `target "${target}" does not resolve to a state`,
      code: 'unknown-target',
    };
    if (target.startsWith('#')) {
      const [first, ...rest] = target.slice(1).split('.');
      const base = this.byId.get(first);
      const node = base && this.descend(base, rest);
      return node ? { node } : missing;
    }
    if (target.startsWith('.')) {
      const node = this.descend(source, target.slice(1).split('.'));
      return node ? { node } : missing;
    }
    if (!source.parent)
      return {
        error: `target "${target}" is not valid from the root; did you mean ".${target}"?`,
        code: 'root-relative-target',
      };
    const node = this.descend(source.parent, target.split('.'));
    return node ? { node } : missing;
  }
}

/** True when `node` is `ancestor` or below it. */
export function isWithin(node: IndexedState, ancestor: IndexedState): boolean {
  for (let n: IndexedState | undefined = node; n; n = n.parent) if (n === ancestor) return true;
  return false;
}
