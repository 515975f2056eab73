import {
  canonicalJson,
  contextPathSchema,
  readRooted,
  rootedPathSchema,
  setAt,
  type AssignActionEntry,
  type EvaluationArgs,
  type JsonObject,
  type JsonSchema,
} from '@liucheng/engine';

export interface DistinctCountParams {
  /** Rooted path of the list, e.g. `context.checkedReports`. */
  from: string;
  /** Count distinct values of this property of each (object) item, e.g. `reportId`. */
  itemField?: string;
  /** Context-relative path the count is written to. */
  to: string;
}

export const distinctCountParamsSchema: JsonSchema = {
  type: 'object',
  properties: {
    from: { ...rootedPathSchema, title: '列表字段 / List field', examples: ['context.checkedReports'] },
    itemField: { type: 'string', minLength: 1, title: '按条目的属性去重 / Distinct by item property' },
    to: { ...contextPathSchema, title: '写入字段 / Target field', examples: ['checkedCount'] },
  },
  required: ['from', 'to'],
  additionalProperties: false,
};

/**
 * How many different values the list holds (by `itemField` when given); items without the
 * property, and a missing list, count as nothing.
 *
 * @example countDistinct([{ reportId: 'a' }, { reportId: 'a' }, { reportId: 'b' }], 'reportId') // 2
 */
export function countDistinct(list: unknown, itemField?: string): number {
  if (!Array.isArray(list)) return 0;
  const seen = new Set<string>();
  for (const item of list) {
    const value =
      itemField === undefined
        ? item
        : item !== null && typeof item === 'object'
          ? (item as JsonObject)[itemField]
          : undefined;
    if (value !== undefined && value !== null) seen.add(canonicalJson(value));
  }
  return seen.size;
}

/**
 * `distinctCount` (去重计数): writes the number of distinct items (or item properties) of a list,
 * so that a count of "reports checked" cannot grow by checking the same report again.
 *
 * @example
 * { "type": "distinctCount", "params": { "from": "context.checkedReports", "itemField": "reportId", "to": "checkedCount" } }
 */
export const distinctCountAction: AssignActionEntry = {
  name: 'distinctCount',
  kind: 'assign',
  title: { zh: '去重计数', en: 'Distinct count' },
  description: {
    zh: '统计列表中不同条目(或条目指定属性的不同取值)的个数,写入指定字段;列表不存在时为0。',
    en: 'Counts the distinct items of a list (or distinct values of an item property) and writes the count to the target field; 0 when there is no list.',
  },
  params: distinctCountParamsSchema,
  assign(args: EvaluationArgs, params: JsonObject): JsonObject {
    const p = params as unknown as DistinctCountParams;
    return setAt(args.context, p.to, countDistinct(readRooted(args, p.from), p.itemField));
  },
};
