import type { JsonObject } from '../../definition/definition.types';
import type { GuardRef } from '../../definition/definition.types';
import type { EvaluationArgs, GuardEntry, Registry } from '../registry.types';
import { readRooted } from '../../support/field-path';
import { deepEqual } from '../../support/json-value';
import { compareParamsSchema, guardRefSchema, rootedPathSchema } from './param-schemas';

/**
 * Evaluates a nested guard reference against the registry (used by `and`, `or`, `not`).
 *
 * @example evaluateGuardRef({ type: 'exists', params: { field: 'context.a' } }, args, registry)
 */
export function evaluateGuardRef(ref: GuardRef, args: EvaluationArgs, registry: Registry): boolean {
  const name = typeof ref === 'string' ? ref : ref.type;
  const params = typeof ref === 'string' ? {} : (ref.params ?? {});
  const entry = registry.guards[name];
  if (!entry) throw new Error(`Unknown guard ${name}`);
  return entry.evaluate(args, params, registry);
}

/** The right-hand side of a comparison: `value`, or the value at `valueField`. */
function rightHandSide(args: EvaluationArgs, params: JsonObject): unknown {
  return typeof params.valueField === 'string' ? readRooted(args, params.valueField) : params.value;
}

function comparison(
  name: string,
  title: { zh: string; en: string },
  test: (left: unknown, right: unknown) => boolean,
): GuardEntry {
  return {
    name,
    title,
    params: compareParamsSchema,
    evaluate: (args, params) => test(readRooted(args, String(params.field)), rightHandSide(args, params)),
  };
}

const numeric = (test: (a: number, b: number) => boolean) => (a: unknown, b: unknown) =>
  typeof a === 'number' && typeof b === 'number' && test(a, b);

/** Standard guards: comparisons, membership, presence and the boolean combinators. */
export const standardGuards: Record<string, GuardEntry> = {
  eq: comparison('eq', { zh: '等于', en: 'Equals' }, deepEqual),
  neq: comparison('neq', { zh: '不等于', en: 'Differs from' }, (a, b) => !deepEqual(a, b)),
  gt: comparison(
    'gt',
    { zh: '大于', en: 'Greater than' },
    numeric((a, b) => a > b),
  ),
  gte: comparison(
    'gte',
    { zh: '大于或等于', en: 'At least' },
    numeric((a, b) => a >= b),
  ),
  lt: comparison(
    'lt',
    { zh: '小于', en: 'Less than' },
    numeric((a, b) => a < b),
  ),
  lte: comparison(
    'lte',
    { zh: '小于或等于', en: 'At most' },
    numeric((a, b) => a <= b),
  ),
  in: {
    name: 'in',
    title: { zh: '属于其中之一', en: 'One of' },
    params: {
      type: 'object',
      required: ['field', 'values'],
      properties: { field: rootedPathSchema, values: { type: 'array' } },
    },
    evaluate: (args, params) => {
      const value = readRooted(args, String(params.field));
      return Array.isArray(params.values) && params.values.some((v) => deepEqual(v, value));
    },
  },
  exists: {
    name: 'exists',
    title: { zh: '已填写', en: 'Is present' },
    params: { type: 'object', required: ['field'], properties: { field: rootedPathSchema } },
    evaluate: (args, params) => {
      const value = readRooted(args, String(params.field));
      return value !== undefined && value !== null && value !== '';
    },
  },
  and: {
    name: 'and',
    title: { zh: '全部满足', en: 'All of' },
    params: {
      type: 'object',
      required: ['guards'],
      properties: { guards: { type: 'array', minItems: 1, items: guardRefSchema } },
    },
    evaluate: (args, params, registry) =>
      (params.guards as GuardRef[]).every((g) => evaluateGuardRef(g, args, registry)),
  },
  or: {
    name: 'or',
    title: { zh: '任一满足', en: 'Any of' },
    params: {
      type: 'object',
      required: ['guards'],
      properties: { guards: { type: 'array', minItems: 1, items: guardRefSchema } },
    },
    evaluate: (args, params, registry) =>
      (params.guards as GuardRef[]).some((g) => evaluateGuardRef(g, args, registry)),
  },
  not: {
    name: 'not',
    title: { zh: '不满足', en: 'Not' },
    params: { type: 'object', required: ['guard'], properties: { guard: guardRefSchema } },
    evaluate: (args, params, registry) => !evaluateGuardRef(params.guard as GuardRef, args, registry),
  },
};
