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
import { asFiniteNumber, BASIS_POINTS, floorDiv, toCents } from '../registry/money.util';

export interface ProfitMarginParams {
  /** Rooted path of the contract amount in yuan, e.g. `context.contractAmount`. */
  contractField: string;
  /** Rooted path of the (expected or actual) cost in yuan, e.g. `context.expectedCost`. */
  costField: string;
  /** Context-relative path the margin is written to, e.g. `profitMargin`. */
  to: string;
}

export const profitMarginParamsSchema: JsonSchema = {
  type: 'object',
  properties: {
    contractField: {
      ...rootedPathSchema,
      title: '合同金额字段 / Contract amount field',
      examples: ['context.contractAmount'],
    },
    costField: {
      ...rootedPathSchema,
      title: '成本字段 / Cost field',
      examples: ['context.expectedCost'],
    },
    to: {
      ...contextPathSchema,
      title: '写入字段 / Target field',
      examples: ['profitMargin'],
    },
  },
  required: ['contractField', 'costField', 'to'],
  additionalProperties: false,
};

/**
 * Profit margin `(contract - cost) / contract` as a ratio rounded DOWN to whole basis points
 * (0.01%), computed on integer fen. Rounding down keeps every threshold given in whole basis
 * points exact: 4.999% becomes 0.0499 and fails a `gte 0.05`, 5% becomes exactly `0.05`.
 * `null` when the contract amount is missing or not positive, or the cost is missing.
 *
 * @example computeProfitMargin(1_000_000, 950_000) // 0.05
 */
export function computeProfitMargin(contract: number | undefined, cost: number | undefined): number | null {
  if (contract === undefined || cost === undefined) return null;
  const contractCents = toCents(contract);
  if (contractCents <= 0) return null;
  const marginBasisPoints = floorDiv((contractCents - toCents(cost)) * BASIS_POINTS, contractCents);
  return marginBasisPoints / BASIS_POINTS;
}

/**
 * `profitMargin` (利润率): writes `(contract - cost) / contract` into the context so that the
 * regulation's rule 利润率不得低于5% is a plain guard `gte {field: "context.profitMargin", value: 0.05}`.
 *
 * @example
 * { "type": "profitMargin", "params": { "contractField": "context.contractAmount",
 *   "costField": "context.expectedCost", "to": "profitMargin" } }
 */
export const profitMarginAction: AssignActionEntry = {
  name: 'profitMargin',
  kind: 'assign',
  title: { zh: '计算利润率', en: 'Profit margin' },
  description: {
    zh: '利润率 =(合同额 − 成本)÷ 合同额,按分计算,向下取整到万分之一(0.01%),写入指定字段;合同额缺失或不大于0时写入 null。',
    en: 'Profit margin = (contract − cost) ÷ contract, computed in fen and rounded down to a basis point (0.01%), written to the target field; null when the contract amount is missing or not positive.',
  },
  params: profitMarginParamsSchema,
  assign(args: EvaluationArgs, params: JsonObject): JsonObject {
    const p = params as unknown as ProfitMarginParams;
    const margin = computeProfitMargin(
      asFiniteNumber(readRooted(args, p.contractField)),
      asFiniteNumber(readRooted(args, p.costField)),
    );
    return setAt(args.context, p.to, margin);
  },
};
