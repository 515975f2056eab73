import type { Scenario } from '../testing/scenario.types';

const reports = [
  { reportRef: 'W2026-09-staff', reporter: 'staff', unit: '长沙项目部' },
  { reportRef: 'W2026-09-sales', reporter: 'sales', unit: '湘潭项目部' },
];
const input = { period: '2026-03 第1周', sampleSize: 2 };

/** Every path of 报表抽查回访. */
export const scenarios: Scenario[] = [
  {
    name: 'every sampled report is true: passed',
    starter: 'office',
    input,
    steps: [
      { type: 'SAMPLE', actor: 'office', data: { reports }, expectState: 'callingBack' },
      { type: 'CONFIRM_TRUE', actor: 'office', data: { reportRef: 'W2026-09-staff' }, expectState: 'callingBack' },
      { type: 'CONFIRM_TRUE', actor: 'office', data: { reportRef: 'W2026-09-sales', note: '客户确认已拜访' } },
    ],
    expectState: 'passed',
    expectStatus: 'done',
    expectContext: { sample: reports, checkedCount: 2, falsifiedCount: 0, penalties: [], penaltyTotal: 0 },
  },
  {
    name: 'one report falsified: penalty recorded against person and unit, confirmed',
    starter: 'office',
    input,
    steps: [
      { type: 'SAMPLE', actor: 'office', data: { reports } },
      { type: 'CONFIRM_TRUE', actor: 'office', data: { reportRef: 'W2026-09-staff' } },
      {
        type: 'CONFIRM_FALSIFIED',
        actor: 'office',
        data: { reportRef: 'W2026-09-sales', reporter: 'sales', unit: '湘潭项目部', findings: '客户称本周未被拜访' },
        expectState: 'penaltyReview',
      },
      { type: 'CONFIRM_PENALTIES', actor: 'leader', data: { comment: '按条例处罚' } },
    ],
    expectState: 'penalized',
    expectStatus: 'done',
    expectContext: {
      falsifiedCount: 1,
      penaltyTotal: 100,
      penalties: [
        {
          person: 'sales',
          unit: '湘潭项目部',
          reportRef: 'W2026-09-sales',
          amount: 100,
          reason: { zh: '报表虚报假报', en: 'Falsified report' },
          by: 'office',
        },
      ],
      draftPenalty: null,
    },
  },
];
