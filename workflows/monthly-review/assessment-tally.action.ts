import {
  contextPathSchema,
  readRooted,
  rootedPathSchema,
  setAt,
  type AssignActionEntry,
  type EvaluationArgs,
  type JsonObject,
  type JsonSchema,
} from '@liucheng/engine';
import { asFiniteNumber } from '../registry/money.util';

export interface AssessmentTallyParams {
  /**
   * Rooted path of the items: a list (e.g. `context.leads`), or an object whose values are the
   * items (e.g. `context.reviewScores`, one score per assessment item).
   */
  from: string;
  /** Property holding an object item's score; a plain number item is its own score. */
  itemField?: string;
  /** Only items whose properties equal all of these values are counted. */
  where?: JsonObject;
  /** Context-relative path the tally is written to. */
  to: string;
  /** Upper bound of the tally (百分制: 100). */
  max?: number;
  /** Lower bound of the tally. */
  min?: number;
  /**
   * `false`: the plain sum, no bounds. For forms whose schema already bounds every item, so a
   * total past the scale is never hidden by a cap (default `true`).
   */
  clamp?: boolean;
}

export const DEFAULT_TALLY_MAX = 100;
export const DEFAULT_TALLY_MIN = 0;
export const DEFAULT_TALLY_ITEM_FIELD = 'score';

export const assessmentTallyParamsSchema: JsonSchema = {
  type: 'object',
  properties: {
    from: {
      ...rootedPathSchema,
      title: '评分条目列表字段 / Score items field',
      examples: ['context.leads'],
    },
    itemField: {
      type: 'string',
      minLength: 1,
      title: '条目分数属性 / Item score property',
      default: DEFAULT_TALLY_ITEM_FIELD,
    },
    where: { type: 'object', title: '条目筛选(属性等于) / Item filter (properties equal)' },
    to: {
      ...contextPathSchema,
      title: '写入字段 / Target field',
      examples: ['assessmentScore'],
    },
    max: { type: 'number', title: '上限(百分制) / Maximum (100-point scale)', default: DEFAULT_TALLY_MAX },
    min: { type: 'number', title: '下限 / Minimum', default: DEFAULT_TALLY_MIN },
    clamp: {
      type: 'boolean',
      title: '限制在上下限之间(否:直接求和) / Clamp to the bounds (no: plain sum)',
      default: true,
    },
  },
  required: ['from', 'to'],
  additionalProperties: false,
};

function matches(item: unknown, where: JsonObject | undefined): boolean {
  if (!where) return true;
  if (item === null || typeof item !== 'object') return false;
  const record = item as JsonObject;
  return Object.entries(where).every(([key, value]) => record[key] === value);
}

/** The items of a list, or the values of an object (one entry per assessment item); else none. */
function itemsOf(items: unknown): unknown[] {
  if (Array.isArray(items)) return items;
  if (items !== null && typeof items === 'object') return Object.values(items);
  return [];
}

/**
 * Sum of the item scores, clamped to `[min, max]` unless `clamp` is `false`. Scores are added in
 * hundredths of a point so that 0.1 + 0.2 is 0.3; items that are not numbers (or lack a numeric
 * score) count as 0.
 *
 * @example tallyScores([{ score: 60 }, { score: 50 }], {}) // 100 (capped)
 * @example tallyScores({ results: 48, efficiency: 25 }, { clamp: false }) // 73
 */
export function tallyScores(
  items: unknown,
  options: { itemField?: string; where?: JsonObject; max?: number; min?: number; clamp?: boolean },
): number {
  const itemField = options.itemField ?? DEFAULT_TALLY_ITEM_FIELD;
  const list = itemsOf(items);
  let hundredths = 0;
  for (const item of list) {
    if (!matches(item, options.where)) continue;
    const score = asFiniteNumber(item !== null && typeof item === 'object' ? (item as JsonObject)[itemField] : item);
    if (score !== undefined) hundredths += Math.round(score * 100);
  }
  if (options.clamp === false) return hundredths / 100;
  const max = options.max ?? DEFAULT_TALLY_MAX;
  const min = options.min ?? DEFAULT_TALLY_MIN;
  return Math.min(max, Math.max(min, hundredths / 100));
}

/**
 * `assessmentTally` (百分制考核合计): the monthly 100-point assessment, the sum of the item scores
 * in a list (e.g. verified lead points, review items) capped at 100.
 *
 * @example
 * { "type": "assessmentTally", "params": { "from": "context.leads", "itemField": "points", "to": "monthlyPoints" } }
 */
export const assessmentTallyAction: AssignActionEntry = {
  name: 'assessmentTally',
  kind: 'assign',
  title: { zh: '百分制考核合计', en: 'Assessment tally (100 points)' },
  description: {
    zh: '将列表(或对象各字段)中各条目的分数相加(可按属性筛选),结果限制在下限与上限(默认0至100分)之间(clamp 为否时直接求和),写入指定字段。',
    en: 'Adds up the scores of the items in a list (or the values of an object), optionally filtered by properties, clamps the sum between the minimum and maximum (0 to 100 by default; with clamp false, the plain sum) and writes it to the target field.',
  },
  params: assessmentTallyParamsSchema,
  assign(args: EvaluationArgs, params: JsonObject): JsonObject {
    const p = params as unknown as AssessmentTallyParams;
    const tally = tallyScores(readRooted(args, p.from), p);
    return setAt(args.context, p.to, tally);
  },
};
