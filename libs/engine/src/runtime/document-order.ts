import type { AnyStateMachine } from 'xstate';
import { isPlainObject } from '../support/json-value';
import type { StateValue } from './runtime.types';

/** Child keys of a state node in the order its `states` were written, with their own orders. */
interface OrderNode {
  keys: readonly string[];
  children: ReadonlyMap<string, OrderNode>;
}

type MachineNode = AnyStateMachine['root'];

function orderOf(node: MachineNode): OrderNode {
  const keys = Object.keys(node.states);
  return { keys, children: new Map(keys.map((key) => [key, orderOf(node.states[key])])) };
}

// Computed once per machine (compiled definitions are cached and immutable).
const orders = new WeakMap<AnyStateMachine, OrderNode>();

function machineOrder(machine: AnyStateMachine): OrderNode {
  let order = orders.get(machine);
  if (!order) {
    order = orderOf(machine.root);
    orders.set(machine, order);
  }
  return order;
}

function reorder(value: StateValue, order: OrderNode): StateValue {
  if (!isPlainObject(value)) return value;
  const present = Object.keys(value);
  let inOrder = true;
  const out: Record<string, StateValue> = {};
  let i = 0;
  for (const key of order.keys) {
    if (!(key in value)) continue;
    if (present[i++] !== key) inOrder = false;
    const child = order.children.get(key) as OrderNode;
    const next = reorder(value[key], child);
    if (next !== value[key]) inOrder = false;
    out[key] = next;
  }
  // Keys the definition does not know are kept (XState reports them), after the known ones.
  for (const key of present) if (!(key in out)) out[key] = value[key];
  return inOrder && i === present.length ? value : out;
}

/**
 * The state value with every object's keys in the definition's document order (the order of
 * `states` in the spec). XState picks between conflicting transitions of parallel regions in
 * the key order of the state value, and SCXML says document order; a store that re-sorts keys
 * (PostgreSQL `jsonb`) would otherwise change which transition wins. Returns `value` itself
 * when it is already in order.
 *
 * @example inDocumentOrder(machine, { p: { c: 'c1', d: 'd1' } }) // { p: { d: 'd1', c: 'c1' } } when d is written first
 */
export function inDocumentOrder(machine: AnyStateMachine, value: StateValue): StateValue {
  return reorder(value, machineOrder(machine));
}
