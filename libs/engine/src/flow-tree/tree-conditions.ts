import type { GuardRef, NamedRef } from '../definition/definition.types';
import { isPlainObject } from '../support/json-value';
import type { ConditionOperator, FlowCondition } from './flow-tree.types';

const COMPARISONS: ConditionOperator[] = ['eq', 'neq', 'gt', 'gte', 'lt', 'lte'];

/** What a condition's field is read from: the case's data, or the answers of the event being handled. */
export type ConditionRoot = 'context' | 'event.data';

/** One condition as a standard guard on `<root>.<field>`. */
function conditionGuard(c: FlowCondition, root: ConditionRoot): NamedRef {
  const field = `${root}.${c.field}`;
  if (c.op === 'exists') return { type: 'exists', params: { field } };
  if (c.op === 'in') return { type: 'in', params: { field, values: Array.isArray(c.value) ? c.value : [] } };
  return { type: c.op, params: { field, value: c.value ?? null } };
}

/**
 * The guard of a branch: one comparison, or `and` of several.
 *
 * @example conditionsToGuard([{ field: 'amount', op: 'gt', value: 5000 }]) // { type: 'gt', params: { field: 'context.amount', value: 5000 } }
 */
export function conditionsToGuard(when: FlowCondition[], root: ConditionRoot = 'context'): GuardRef {
  if (when.length === 1) return conditionGuard(when[0], root);
  return { type: 'and', params: { guards: when.map((c) => conditionGuard(c, root)) } };
}

function guardCondition(ref: GuardRef, root: ConditionRoot): FlowCondition | undefined {
  if (typeof ref === 'string' || !isPlainObject(ref.params)) return undefined;
  const { field, ...rest } = ref.params;
  const prefix = `${root}.`;
  if (typeof field !== 'string' || !field.startsWith(prefix) || field.length <= prefix.length) return undefined;
  const name = field.slice(prefix.length);
  const keys = Object.keys(rest);
  if (ref.type === 'exists' && keys.length === 0) return { field: name, op: 'exists' };
  if (ref.type === 'in' && keys.length === 1 && Array.isArray(rest.values))
    return { field: name, op: 'in', value: rest.values };
  const op = COMPARISONS.find((o) => o === ref.type);
  if (op && keys.length === 1 && 'value' in rest) return { field: name, op, value: rest.value };
  return undefined;
}

/**
 * The conditions a guard states, or undefined when it is not a test of fields under `root` against
 * constants (an `or`, a `not`, a field-to-field comparison, another root, a custom guard).
 */
export function guardToConditions(ref: GuardRef, root: ConditionRoot = 'context'): FlowCondition[] | undefined {
  if (typeof ref !== 'string' && ref.type === 'and' && isPlainObject(ref.params)) {
    const guards = ref.params.guards;
    if (!Array.isArray(guards) || guards.length < 2 || Object.keys(ref.params).length !== 1) return undefined;
    const out: FlowCondition[] = [];
    for (const g of guards as GuardRef[]) {
      const c = guardCondition(g, root);
      if (!c) return undefined;
      out.push(c);
    }
    return out;
  }
  const single = guardCondition(ref, root);
  return single ? [single] : undefined;
}
