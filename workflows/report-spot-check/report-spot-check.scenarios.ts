import type { Scenario } from '../testing/scenario.types';

/** Instance ids of two submitted reports (a weekly report of `staff`, a monthly report of `sales`). */
export const WEEKLY_REPORT_ID = '0b7f6a3e-4c1d-4e8a-9f2b-5d6c7e8f9a01';
export const MONTHLY_REPORT_ID = '1c8a7b4f-5d2e-4f9b-8a3c-6e7d8f9a0b12';
const input = { period: '2026-03 第1周', reportIds: [WEEKLY_REPORT_ID, MONTHLY_REPORT_ID] };

/** Every path of 报表抽查回访. */
export const scenarios: Scenario[] = [
  {
    name: 'every sampled report is true: passed',
    starter: 'office',
    input,
    steps: [
      { type: 'CONFIRM_TRUE', actor: 'office', data: { reportId: WEEKLY_REPORT_ID }, expectState: 'callingBack' },
      { type: 'CONFIRM_TRUE', actor: 'office', data: { reportId: MONTHLY_REPORT_ID, note: '客户确认已拜访' } },
    ],
    expectState: 'passed',
    expectStatus: 'done',
    expectContext: {
      sampleSize: 2,
      checkedCount: 2,
      falsifiedCount: 0,
      checkedReports: [
        { reportId: WEEKLY_REPORT_ID, result: 'verified', by: 'office' },
        { reportId: MONTHLY_REPORT_ID, result: 'verified', note: '客户确认已拜访', by: 'office' },
      ],
      penalties: [],
      penaltyTotal: 0,
    },
  },
  {
    name: 'one report falsified: penalty recorded against person and unit, confirmed',
    starter: 'office',
    input,
    steps: [
      { type: 'CONFIRM_TRUE', actor: 'office', data: { reportId: WEEKLY_REPORT_ID } },
      {
        type: 'CONFIRM_FALSIFIED',
        actor: 'office',
        data: { reportId: MONTHLY_REPORT_ID, reporter: 'sales', unit: '湘潭项目部', findings: '客户称本月未被拜访' },
        expectState: 'penaltyReview',
      },
      { type: 'CONFIRM_PENALTIES', actor: 'leader', data: { comment: '按条例处罚' } },
    ],
    expectState: 'penalized',
    expectStatus: 'done',
    expectContext: {
      checkedCount: 2,
      falsifiedCount: 1,
      penaltyTotal: 100,
      penalties: [
        {
          person: 'sales',
          unit: '湘潭项目部',
          reportId: MONTHLY_REPORT_ID,
          amount: 100,
          reason: { zh: '报表虚报假报', en: 'Falsified report' },
          by: 'office',
        },
      ],
      draftPenalty: null,
    },
  },
];
