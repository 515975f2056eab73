// Flattens a state's `on`/`after`/`always`/`onDone` into a list of transitions with their address.
import type { StateSpec, TransitionSpec, TransitionsSpec } from '@liucheng/engine';
import type { ListShape, TransitionKind } from './graph.types';

/** One transition of a state, addressed by kind, event/delay key and list index. */
export interface TransitionEntry {
  kind: TransitionKind;
  event?: string;
  index: number;
  transition: TransitionSpec;
  form: 'string' | 'object';
}

/** How a transitions value was written. */
export function listShape(value: TransitionsSpec): ListShape {
  if (Array.isArray(value)) return 'array';
  return typeof value === 'string' ? 'string' : 'object';
}

/** The items of a transitions value in object form. */
export function listItems(
  value: TransitionsSpec | undefined,
): Array<{ transition: TransitionSpec; form: 'string' | 'object' }> {
  if (value === undefined || value === null) return [];
  const items = Array.isArray(value) ? value : [value];
  return items.map((item) =>
    typeof item === 'string' ? { transition: { target: item }, form: 'string' } : { transition: item, form: 'object' },
  );
}

/** Every transition of a state, in spec order: `on`, `after`, `always`, `onDone` as written. */
export function transitionEntries(state: StateSpec): TransitionEntry[] {
  const out: TransitionEntry[] = [];
  for (const key of Object.keys(state)) {
    if (key === 'on' || key === 'after') {
      const record = (state[key] ?? {}) as Record<string, TransitionsSpec>;
      for (const [event, value] of Object.entries(record)) {
        listItems(value).forEach((item, index) => out.push({ kind: key, event, index, ...item }));
      }
    } else if (key === 'always' || key === 'onDone') {
      listItems(state[key]).forEach((item, index) => out.push({ kind: key, index, ...item }));
    }
  }
  return out;
}

/** The targets of a transition as a list (empty when targetless). */
export function targetsOf(transition: TransitionSpec): string[] {
  const { target } = transition;
  if (target === undefined) return [];
  return Array.isArray(target) ? target : [target];
}
