import type { GuardRef, NamedRef } from '../definition/definition.types';
import { isPlainObject } from '../support/json-value';
import type { ConditionOperator, FlowCondition } from './flow-tree.types';

const COMPARISONS: ConditionOperator[] = ['eq', 'neq', 'gt', 'gte', 'lt', 'lte'];

/** One condition as a standard guard on `context.<field>`. */
function conditionGuard(c: FlowCondition): NamedRef {
  const field = `context.${c.field}`;
  if (c.op === 'exists') return { type: 'exists', params: { field } };
  if (c.op === 'in') return { type: 'in', params: { field, values: Array.isArray(c.value) ? c.value : [] } };
  return { type: c.op, params: { field, value: c.value ?? null } };
}

/**
 * The guard of a branch: one comparison, or `and` of several.
 *
 * @example conditionsToGuard([{ field: 'amount', op: 'gt', value: 5000 }]) // { type: 'gt', params: { field: 'context.amount', value: 5000 } }
 */
export function conditionsToGuard(when: FlowCondition[]): GuardRef {
  if (when.length === 1) return conditionGuard(when[0]);
  return { type: 'and', params: { guards: when.map(conditionGuard) } };
}

function guardCondition(ref: GuardRef): FlowCondition | undefined {
  if (typeof ref === 'string' || !isPlainObject(ref.params)) return undefined;
  const { field, ...rest } = ref.params;
  if (typeof field !== 'string' || !field.startsWith('context.') || field.length <= 'context.'.length) return undefined;
  const name = field.slice('context.'.length);
  const keys = Object.keys(rest);
  if (ref.type === 'exists' && keys.length === 0) return { field: name, op: 'exists' };
  if (ref.type === 'in' && keys.length === 1 && Array.isArray(rest.values))
    return { field: name, op: 'in', value: rest.values };
  const op = COMPARISONS.find((o) => o === ref.type);
  if (op && keys.length === 1 && 'value' in rest) return { field: name, op, value: rest.value };
  return undefined;
}

/**
 * The conditions a guard states, or undefined when it is not a test of form fields against
 * constants (an `or`, a `not`, a field-to-field comparison, event data, a custom guard).
 */
export function guardToConditions(ref: GuardRef): FlowCondition[] | undefined {
  if (typeof ref !== 'string' && ref.type === 'and' && isPlainObject(ref.params)) {
    const guards = ref.params.guards;
    if (!Array.isArray(guards) || guards.length < 2 || Object.keys(ref.params).length !== 1) return undefined;
    const out: FlowCondition[] = [];
    for (const g of guards as GuardRef[]) {
      const c = guardCondition(g);
      if (!c) return undefined;
      out.push(c);
    }
    return out;
  }
  const single = guardCondition(ref);
  return single ? [single] : undefined;
}
