import {
  canonicalJson,
  readRooted,
  rootedPathSchema,
  type EvaluationArgs,
  type GuardEntry,
  type JsonObject,
  type JsonSchema,
} from '@liucheng/engine';

export interface ListIncludesParams {
  /** Rooted path of the list, e.g. `context.reportIds` or `context.checkedReports`. */
  list: string;
  /** Rooted path of the value looked for, e.g. `event.data.reportId`. */
  value: string;
  /** Compare this property of each (object) item instead of the item itself, e.g. `reportId`. */
  itemField?: string;
}

export const listIncludesParamsSchema: JsonSchema = {
  type: 'object',
  properties: {
    list: { ...rootedPathSchema, title: '列表字段 / List field', examples: ['context.reportIds'] },
    value: { ...rootedPathSchema, title: '查找的值 / Value looked for', examples: ['event.data.reportId'] },
    itemField: { type: 'string', minLength: 1, title: '比较条目的属性 / Item property compared' },
  },
  required: ['list', 'value'],
  additionalProperties: false,
};

/** JSON equality; `undefined` equals nothing (a missing value is never "in" a list). */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === undefined || b === undefined) return false;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return a === b;
  return canonicalJson(a) === canonicalJson(b);
}

/**
 * Whether the list holds the value: some item (or the item's `itemField`) equals it. Not a list,
 * or no value: false.
 *
 * @example listIncludes(['a', 'b'], 'b') // true
 * @example listIncludes([{ reportId: 'a' }], 'a', 'reportId') // true
 */
export function listIncludes(list: unknown, value: unknown, itemField?: string): boolean {
  if (!Array.isArray(list)) return false;
  return list.some((item) => {
    const compared =
      itemField === undefined
        ? item
        : item !== null && typeof item === 'object'
          ? (item as JsonObject)[itemField]
          : undefined;
    return sameValue(compared, value);
  });
}

/**
 * `listIncludes` (列表包含): the value at `value` is an item of the list at `list` (by `itemField`
 * when given). The standard `in` compares with constants only; this compares with the instance's
 * own lists, e.g. "the confirmed report is one of the sampled ones and not confirmed before".
 *
 * @example
 * { "type": "listIncludes", "params": { "list": "context.reportIds", "value": "event.data.reportId" } }
 */
export const listIncludesGuard: GuardEntry = {
  name: 'listIncludes',
  title: { zh: '列表包含', en: 'List includes' },
  description: {
    zh: '指定列表中有一项(或该项的指定属性)等于要查找的值时成立;列表不存在或值缺失时不成立。',
    en: 'Holds when an item of the list (or the given property of an item) equals the value looked for; false when there is no list or no value.',
  },
  params: listIncludesParamsSchema,
  evaluate(args: EvaluationArgs, params: JsonObject): boolean {
    const p = params as unknown as ListIncludesParams;
    return listIncludes(readRooted(args, p.list), readRooted(args, p.value), p.itemField);
  },
};
