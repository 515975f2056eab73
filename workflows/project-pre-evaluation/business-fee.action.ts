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
import { asFiniteNumber, BASIS_POINTS, percentToBasisPoints, roundDiv, toCents } from '../registry/money.util';

/** What a business-fee case is a percentage of: the contract amount or the winning (tender) share. */
export type BusinessFeeBase = 'amount' | 'share';

export interface BusinessFeeRate {
  /** Percentage, `1` = 1%. */
  percent: number;
  base: BusinessFeeBase;
}

export interface BusinessFeeParams {
  /** Rooted path of the case name, e.g. `context.feeCase`. */
  caseField: string;
  /** Rooted path of the contract amount in yuan, e.g. `context.contractAmount`. */
  amountField: string;
  /** Rooted path of the winning share in yuan (needed by share-based cases). */
  shareField?: string;
  /** Context-relative path the fee (yuan, 2 decimals) is written to. */
  to: string;
  /** Rate per case; cases not listed earn no fee (0). */
  rates?: Record<string, BusinessFeeRate>;
}

/**
 * The regulation's business-fee cases (公司业务拓展管理规定, 二、细分市场业务拓展实施细则):
 * - `outsideStaff`: 由业务区外其他员工争取的业务,核定项目合同额的1%做为业务费
 * - `newAreaConstruction`: 争取到新的业务区建设部门派单业务的,核定项目合同额的2%做为业务费
 * - `operatorOutsideStaff`: 其他运营商市场,由业务区外其他员工争取的业务,核定项目合同额的2%
 * - `newOperatorMarket`: 获得其他运营商新业务区域市场的,按照中标份额的2%核定业务管理费
 */
export const DEFAULT_BUSINESS_FEE_RATES: Readonly<Record<string, BusinessFeeRate>> = Object.freeze({
  outsideStaff: { percent: 1, base: 'amount' },
  newAreaConstruction: { percent: 2, base: 'amount' },
  operatorOutsideStaff: { percent: 2, base: 'amount' },
  newOperatorMarket: { percent: 2, base: 'share' },
});

const pathSchema = (title: string, example: string): JsonSchema => ({
  ...rootedPathSchema,
  title,
  examples: [example],
});

export const businessFeeParamsSchema: JsonSchema = {
  type: 'object',
  properties: {
    caseField: pathSchema('业务费情形字段 / Fee case field', 'context.feeCase'),
    amountField: pathSchema('合同金额字段 / Contract amount field', 'context.contractAmount'),
    shareField: pathSchema('中标份额字段 / Winning share field', 'context.winningShareAmount'),
    to: {
      ...contextPathSchema,
      title: '写入字段 / Target field',
      examples: ['businessFee'],
    },
    rates: {
      type: 'object',
      title: '各情形费率 / Rate per case',
      additionalProperties: {
        type: 'object',
        properties: {
          percent: { type: 'number', minimum: 0, maximum: 100, title: '百分比 / Percent' },
          base: {
            type: 'string',
            enum: ['amount', 'share'],
            title: '计费基数(合同额 amount / 中标份额 share) / Base (contract amount or winning share)',
          },
        },
        required: ['percent', 'base'],
        additionalProperties: false,
      },
      default: DEFAULT_BUSINESS_FEE_RATES,
    },
  },
  required: ['caseField', 'amountField', 'to'],
  additionalProperties: false,
};

/**
 * The fee in yuan for one case: `percent` of the contract amount or of the winning share,
 * computed in integer fen and rounded half up to the fen. Unknown case, or a missing or
 * negative base, gives 0.
 *
 * @example computeBusinessFee('outsideStaff', { amount: 1_000_000 }) // 10000
 */
export function computeBusinessFee(
  feeCase: unknown,
  values: { amount?: number; share?: number },
  rates: Record<string, BusinessFeeRate> = DEFAULT_BUSINESS_FEE_RATES,
): number {
  if (typeof feeCase !== 'string' || !Object.prototype.hasOwnProperty.call(rates, feeCase)) return 0;
  const rate = rates[feeCase];
  const base = rate.base === 'share' ? values.share : values.amount;
  if (base === undefined || base < 0) return 0;
  const feeCents = roundDiv(toCents(base) * percentToBasisPoints(rate.percent), BASIS_POINTS);
  return feeCents / 100;
}

/**
 * `businessFee` (业务费): writes the business fee of the instance's case into the context.
 *
 * @example
 * { "type": "businessFee", "params": { "caseField": "context.feeCase",
 *   "amountField": "context.contractAmount", "shareField": "context.winningShareAmount", "to": "businessFee" } }
 */
export const businessFeeAction: AssignActionEntry = {
  name: 'businessFee',
  kind: 'assign',
  title: { zh: '核定业务费', en: 'Business fee' },
  description: {
    zh: '按情形核定业务费:业务区外员工争取的业务为合同额的1%,新业务区建设部门派单为合同额的2%,其他运营商市场业务区外员工争取为合同额的2%,其他运营商新业务区域为中标份额的2%;其他情形为0。',
    en: 'Business fee by case: 1% of the contract amount when won by staff outside the area, 2% for a new area’s construction-dept orders, 2% for another operator’s market won by staff outside the area, 2% of the winning share for a new operator market; 0 otherwise.',
  },
  params: businessFeeParamsSchema,
  assign(args: EvaluationArgs, params: JsonObject): JsonObject {
    const p = params as unknown as BusinessFeeParams;
    const fee = computeBusinessFee(
      readRooted(args, p.caseField),
      {
        amount: asFiniteNumber(readRooted(args, p.amountField)),
        share: p.shareField ? asFiniteNumber(readRooted(args, p.shareField)) : undefined,
      },
      p.rates ?? DEFAULT_BUSINESS_FEE_RATES,
    );
    return setAt(args.context, p.to, fee);
  },
};
