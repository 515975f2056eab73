import type { Scenario } from '../testing/scenario.types';

const input = {
  client: '某县教育局',
  description: '下半年校园网扩容，预算约80万元，尚未发布招标公告',
  unit: '湘潭项目部',
  contact: '李老师 138xxxx0000',
};

/** Every path of 市场信息收集. */
export const scenarios: Scenario[] = [
  {
    name: 'true and not in tendering: the unit earns the points',
    starter: 'staff',
    input,
    steps: [{ type: 'VERIFY', actor: 'bizdev', data: { isTrue: true, inTendering: false, note: '已电话核实' } }],
    expectState: 'credited',
    expectStatus: 'done',
    expectContext: {
      unit: '湘潭项目部',
      points: 1,
      credited: true,
      verification: { isTrue: true, inTendering: false, note: '已电话核实' },
    },
  },
  {
    name: 'bizdev asks for details, the reporter adds them, credited',
    starter: 'sales',
    input,
    steps: [
      {
        type: 'REQUEST_INFO',
        actor: 'bizdev',
        data: { question: '请提供项目联系人职务' },
        expectState: 'supplementing',
      },
      { type: 'SUPPLEMENT', actor: 'sales', data: { answer: '信息中心主任' }, expectState: 'verification' },
      { type: 'VERIFY', actor: 'bizdev', data: { isTrue: true, inTendering: false } },
    ],
    expectState: 'credited',
    expectStatus: 'done',
    expectContext: {
      points: 1,
      questions: [{ question: '请提供项目联系人职务', by: 'bizdev' }],
      answers: [{ answer: '信息中心主任', by: 'sales' }],
    },
  },
  {
    name: 'not true: rejected, no points',
    starter: 'staff',
    input,
    steps: [{ type: 'VERIFY', actor: 'bizdev', data: { isTrue: false, inTendering: false, note: '客户否认' } }],
    expectState: 'rejectedFalse',
    expectStatus: 'done',
    expectContext: { points: 0, credited: false },
  },
  {
    name: 'already in tendering: rejected, no points',
    starter: 'staff',
    input,
    steps: [{ type: 'VERIFY', actor: 'bizdev', data: { isTrue: true, inTendering: true } }],
    expectState: 'rejectedTendering',
    expectStatus: 'done',
    expectContext: { points: 0, credited: false },
  },
];
