// Flattens a definition spec into its states (by dotted path) and transitions (by source, kind, event, index).
import type { LocalizedText, StateSpec, TransitionSpec, TransitionsSpec } from '@liucheng/engine';

type JsonObject = Record<string, unknown>;

export type TransitionKind = 'on' | 'after' | 'always' | 'onDone';

export interface FlatState {
  /** Dotted path below the root, e.g. `settlement.financeCheck`. */
  path: string;
  title?: LocalizedText;
  /** The state's own fields, without `states` and `meta.position` (layout is not a change). */
  own: JsonObject;
}

export interface FlatTransition {
  /** `<source>|<kind>|<event>|<index>`; the root's source is the empty string. */
  key: string;
  source: string;
  kind: TransitionKind;
  /** Event type (`on`), delay key (`after`), empty for `always` and `onDone`. */
  event: string;
  index: number;
  targets: string[];
  transition: TransitionSpec;
}

export interface FlatSpec {
  states: Map<string, FlatState>;
  transitions: Map<string, FlatTransition>;
  /** Top-level fields other than `states` (id, initial, meta, context, …). */
  root: JsonObject;
}

/** Every state and transition of a spec, in document order. Tolerates malformed specs (skips what is not an object). */
export function flattenSpec(spec: unknown): FlatSpec {
  const flat: FlatSpec = { states: new Map(), transitions: new Map(), root: {} };
  if (!isObject(spec)) return flat;
  const { states, ...root } = spec;
  flat.root = root;
  collectTransitions(flat, '', spec as StateSpec);
  walkStates(flat, '', states);
  return flat;
}

function walkStates(flat: FlatSpec, prefix: string, states: unknown): void {
  if (!isObject(states)) return;
  for (const [name, node] of Object.entries(states)) {
    if (!isObject(node)) continue;
    const path = prefix ? `${prefix}.${name}` : name;
    flat.states.set(path, { path, title: titleOf(node), own: ownFields(node) });
    collectTransitions(flat, path, node as StateSpec);
    walkStates(flat, path, node.states);
  }
}

function collectTransitions(flat: FlatSpec, source: string, node: StateSpec): void {
  const add = (kind: TransitionKind, event: string, value: TransitionsSpec | undefined) => {
    normalise(value).forEach((transition, index) => {
      const key = `${source}|${kind}|${event}|${index}`;
      flat.transitions.set(key, { key, source, kind, event, index, targets: targetsOf(transition), transition });
    });
  };
  for (const [event, value] of Object.entries(isObject(node.on) ? node.on : {})) add('on', event, value);
  for (const [delay, value] of Object.entries(isObject(node.after) ? node.after : {})) add('after', delay, value);
  add('always', '', node.always);
  add('onDone', '', node.onDone);
}

/** A transitions value as a list of objects (`"a"` → `{target: "a"}`). */
export function normalise(value: TransitionsSpec | undefined): TransitionSpec[] {
  if (value === undefined || value === null) return [];
  const list = Array.isArray(value) ? value : [value];
  return list.map((item) => (typeof item === 'string' ? { target: item } : isObject(item) ? item : {}));
}

function targetsOf(transition: TransitionSpec): string[] {
  if (transition.target === undefined) return [];
  return Array.isArray(transition.target) ? transition.target : [transition.target];
}

function ownFields(node: JsonObject): JsonObject {
  const { states: _children, ...own } = node;
  if (isObject(own.meta) && 'position' in own.meta) {
    const { position: _position, ...meta } = own.meta;
    own.meta = meta;
  }
  return own;
}

function titleOf(node: JsonObject): LocalizedText | undefined {
  const title = isObject(node.meta) ? node.meta.title : undefined;
  return isObject(title) && typeof title.zh === 'string' && typeof title.en === 'string'
    ? { zh: title.zh, en: title.en }
    : undefined;
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
