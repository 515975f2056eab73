import type { Scenario } from '../testing/scenario.types';

const input = { projectName: '滨江花园二期', city: '长沙', landArea: 56_000 };
const research = {
  demandTrends: '改善型住房需求上升,中大户型去化较快',
  competitors: '周边三个在售楼盘,均价与配套对比见报告',
  targetCustomers: '30–45岁改善型家庭,重视学区与交通',
};
const positioning = {
  customerGroup: '本地改善型家庭',
  productPositioning: '低密度洋房,差异化主打园林与社区配套',
  pricingStrategy: '低开高走,首期均价低于竞品3%',
  salesStrategy: '老带新与渠道分销结合',
};
const planning = {
  layout: '一期12栋洋房,二期商业街',
  developmentPlan: '2026年Q3开工,2028年Q2交付',
  investment: 800_000_000,
  expectedReturn: 960_000_000,
  returnForecast: '预计内部收益率12%',
};
const clientDevelopment = {
  targetClients: '已登记意向客户与周边企事业单位团购',
  plan: '开盘前三个月完成客户蓄水',
  promotion: '样板间开放、社群活动、线上直播',
  clientsReached: 420,
};
const scores = { marketScore: 88, projectScore: 92, salesScore: 85 };

const stages = (stage: string, evaluation = 'waiting') => ({ expansion: { stages: stage, evaluation } });

/** Every path of 房地产项目业务拓展, written once for the engine and the API. */
export const scenarios: Scenario[] = [
  {
    name: 'stages in order, then evaluated and summed up',
    starter: 'market',
    input,
    steps: [
      { type: 'SUBMIT_RESEARCH', actor: 'market', data: research, expectState: stages('positioning') },
      { type: 'SUBMIT_POSITIONING', actor: 'project', data: positioning, expectState: stages('planning') },
      { type: 'SUBMIT_PLANNING', actor: 'project', data: planning, expectState: stages('clientDevelopment') },
      { type: 'SUBMIT_CLIENT_DEVELOPMENT', actor: 'sales', data: clientDevelopment, expectState: 'summary' },
      { type: 'CONCLUDE', actor: 'leader', data: { ...scores, summary: '按计划完成拓展' } },
    ],
    expectState: 'completed',
    expectStatus: 'done',
    expectContext: {
      projectName: '滨江花园二期',
      research,
      positioning,
      planning,
      clientDevelopment,
      returns: [],
      returnCount: 0,
      evaluations: [{ kind: 'final', ...scores, summary: '按计划完成拓展', by: 'leader' }],
      evaluationCount: 1,
    },
  },
  {
    name: 'each later stage sends its work back once with a reason',
    starter: 'leader',
    input,
    steps: [
      { type: 'SUBMIT_RESEARCH', actor: 'market', data: research },
      {
        type: 'SEND_BACK',
        actor: 'project',
        data: { reason: '竞品分析缺少价格数据' },
        expectState: stages('marketResearch'),
      },
      { type: 'SUBMIT_RESEARCH', actor: 'market', data: research },
      { type: 'SUBMIT_POSITIONING', actor: 'project', data: positioning },
      {
        type: 'SEND_BACK',
        actor: 'project',
        data: { reason: '定价策略需重新测算' },
        expectState: stages('positioning'),
      },
      { type: 'SUBMIT_POSITIONING', actor: 'project', data: positioning },
      { type: 'SUBMIT_PLANNING', actor: 'project', data: planning },
      {
        type: 'SEND_BACK',
        actor: 'sales',
        data: { reason: '交付节点与推广计划冲突' },
        expectState: stages('planning'),
      },
      { type: 'SUBMIT_PLANNING', actor: 'project', data: planning },
      { type: 'SUBMIT_CLIENT_DEVELOPMENT', actor: 'sales', data: clientDevelopment },
      {
        type: 'CONCLUDE',
        actor: 'leader',
        data: { ...scores, summary: '三次退回后完成', improvements: '调研阶段补充价格数据' },
      },
    ],
    expectState: 'completed',
    expectStatus: 'done',
    expectContext: {
      returnCount: 3,
      returns: [
        { from: 'positioning', to: 'marketResearch', reason: '竞品分析缺少价格数据', by: 'project' },
        { from: 'planning', to: 'positioning', reason: '定价策略需重新测算', by: 'project' },
        { from: 'clientDevelopment', to: 'planning', reason: '交付节点与推广计划冲突', by: 'sales' },
      ],
      evaluations: [{ kind: 'final', improvements: '调研阶段补充价格数据', by: 'leader' }],
    },
  },
  {
    name: 'periodic evaluation every 30 days while the stages go on',
    starter: 'market',
    input,
    steps: [
      { type: 'SUBMIT_RESEARCH', actor: 'market', data: research },
      { timer: 'context.evaluationInterval', actor: 'system', expectState: stages('positioning', 'evaluating') },
      {
        type: 'EVALUATE_DEPARTMENTS',
        actor: 'leader',
        data: { ...scores, findings: '项目定位进度偏慢' },
        expectState: stages('positioning'),
      },
      { type: 'SUBMIT_POSITIONING', actor: 'project', data: positioning, expectState: stages('planning') },
      { timer: 'context.evaluationInterval', actor: 'system', expectState: stages('planning', 'evaluating') },
    ],
    expectState: stages('planning', 'evaluating'),
    expectStatus: 'running',
    expectContext: {
      evaluationCount: 1,
      evaluations: [{ kind: 'periodic', ...scores, findings: '项目定位进度偏慢', by: 'leader' }],
    },
  },
];
