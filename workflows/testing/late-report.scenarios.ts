import type { JsonObject } from '@liucheng/engine';
import type { Scenario } from './scenario.types';

/** What differs between the weekly and the monthly report's scenarios. */
export interface LateReportScenarioCase {
  /** The start input; its fields are also expected back in the context. */
  input: JsonObject;
  /** A complete SUBMIT form. */
  report: JsonObject;
  /** The Chinese reason recorded with the ¥20 fine. */
  fineReason: string;
  /** The `after` key of the deadline (default `context.submissionWindow`). */
  deadlineKey?: string;
}

/**
 * Every path of a report that is due by a deadline and fined ¥20 when late (每次罚款20元):
 * on time, sent back and revised, late, never handed in.
 */
export function lateReportScenarios({
  input,
  report,
  fineReason,
  deadlineKey = 'context.submissionWindow',
}: LateReportScenarioCase): Scenario[] {
  const fine = { amount: 20, reason: { zh: fineReason }, by: 'system' };
  return [
    {
      name: 'handed in on time and accepted, no fine',
      starter: 'staff',
      input,
      steps: [
        { type: 'SUBMIT', actor: 'staff', data: report, expectState: 'review' },
        { type: 'ACCEPT', actor: 'leader', data: { comment: '收到' } },
      ],
      expectState: 'accepted',
      expectStatus: 'done',
      expectContext: { ...input, report, late: false, fines: [], fineTotal: 0 },
    },
    {
      name: 'sent back by the manager, revised, accepted',
      starter: 'staff',
      input,
      steps: [
        { type: 'SUBMIT', actor: 'staff', data: report },
        { type: 'RETURN', actor: 'leader', data: { comment: '竞品信息写具体些' }, expectState: 'revising' },
        { type: 'SUBMIT', actor: 'staff', data: { ...report, competitorInfo: '竞品B报价下调5%，主攻县区' } },
        { type: 'ACCEPT', actor: 'leader', data: {} },
      ],
      expectState: 'accepted',
      expectStatus: 'done',
      expectContext: {
        report: { competitorInfo: '竞品B报价下调5%，主攻县区' },
        returnCount: 1,
        returns: [{ comment: '竞品信息写具体些', by: 'leader' }],
        fineTotal: 0,
      },
    },
    {
      name: 'deadline passes: ¥20 fine recorded, handed in late, accepted',
      starter: 'staff',
      input,
      steps: [
        { timer: deadlineKey, actor: 'system', expectState: 'late' },
        { type: 'SUBMIT', actor: 'staff', data: report, expectState: 'review' },
        { type: 'ACCEPT', actor: 'leader', data: {} },
      ],
      expectState: 'accepted',
      expectStatus: 'done',
      expectContext: { late: true, fines: [fine], fineTotal: 20 },
    },
    {
      name: 'never handed in: fined once when late, closed as missing',
      starter: 'staff',
      input,
      steps: [
        { timer: deadlineKey, actor: 'system', expectState: 'late' },
        { timer: 'context.missingAfter', actor: 'system' },
      ],
      expectState: 'missing',
      expectStatus: 'done',
      expectContext: { late: true, missing: true, fines: [fine], fineTotal: 20 },
    },
  ];
}
