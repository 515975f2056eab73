import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { definitionToTree, flowTemplate } from '@liucheng/engine';
import type { FlowTree, HandlerNode } from '@liucheng/engine';
import i18next from 'i18next';
import { en } from '../../i18n/en';
import { zhCN } from '../../i18n/zh-CN';
import { answerLines } from './answer-text';
import { conditionText, joinDuration, nodeSummary, splitDuration } from './node-text';
import type { DelayNode } from '@liucheng/engine';

const t = i18next.createInstance();
beforeAll(async () => {
  await t.init({
    lng: 'zh-CN',
    resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
    interpolation: { escapeValue: false },
  });
});

describe('simple mode in plain words', () => {
  const tree = flowTemplate('expense', 'e');

  it('says a condition with the field title, a labelled operator and the money formatted', async () => {
    const c = { field: 'amount', op: 'gt' as const, value: 5000 };
    await t.changeLanguage('zh-CN');
    expect(conditionText(t.t, c, tree.start.form, 'zh-CN')).toBe('报销金额（元） 大于 ¥5,000.00');
    await t.changeLanguage('en');
    expect(conditionText(t.t, c, tree.start.form, 'en')).toBe('Amount (CNY) is more than ¥5,000.00');
  });

  it('names a choice by its label, never by the value stored, single or multiple', async () => {
    const form = {
      type: 'object',
      properties: {
        area: {
          type: 'string',
          title: '区域 / Area',
          enum: ['city', 'county'],
          'x-enumNames': ['市区 / City', '县区 / County'],
        },
        meals: {
          type: 'array',
          title: '餐次 / Meals',
          items: { type: 'string', enum: ['lunch', 'dinner'], enumNames: ['午餐 / Lunch', '晚餐 / Dinner'] },
        },
      },
    };
    await t.changeLanguage('zh-CN');
    expect(conditionText(t.t, { field: 'area', op: 'eq', value: 'county' }, form, 'zh-CN')).toBe('区域 等于 县区');
    expect(conditionText(t.t, { field: 'meals', op: 'in', value: ['lunch', 'dinner'] }, form, 'zh-CN')).toContain(
      '午餐、晚餐',
    );
    await t.changeLanguage('en');
    expect(conditionText(t.t, { field: 'area', op: 'eq', value: 'county' }, form, 'en')).toBe('Area equals County');
  });

  it('summarises approvers and the mode without any event or field path', async () => {
    await t.changeLanguage('zh-CN');
    const finance = tree.nodes[1].kind === 'condition' ? tree.nodes[1].branches[0].nodes[0] : tree.nodes[0];
    expect(nodeSummary(t.t, finance, tree.start.form, 'zh-CN')).toBe('角色：财务 · 会签');
    expect(nodeSummary(t.t, tree.nodes[2], tree.start.form, 'zh-CN')).toBe('办公室');
    await t.changeLanguage('en');
    expect(nodeSummary(t.t, tree.nodes[0], tree.start.form, 'en')).toBe('Direct manager · Any one');
  });

  it.each([
    ['PT30M', 30, 'M'],
    ['PT2H', 2, 'H'],
    ['P3D', 3, 'D'],
  ] as const)('reads and writes the delay %s', (iso, amount, unit) => {
    expect(splitDuration(iso)).toEqual({ amount, unit });
    expect(joinDuration(amount, unit)).toBe(iso);
  });

  it('says a working-time wait in working days or hours, never the ISO text', async () => {
    const node = (duration: string): DelayNode => ({ kind: 'delay', key: 'w', duration, working: { name: 'wWait' } });
    await t.changeLanguage('zh-CN');
    expect(nodeSummary(t.t, node('P3D'), undefined, 'zh-CN')).toBe('等待 3 个工作日');
    expect(nodeSummary(t.t, { kind: 'delay', key: 'w', duration: 'P3D' }, undefined, 'zh-CN')).toBe('等待 3 天');
    await t.changeLanguage('en');
    expect(nodeSummary(t.t, node('PT4H'), undefined, 'en')).toBe('Wait 4 working hours');
  });
});

describe('a handler that branches on its answers, in plain words', () => {
  const spec = JSON.parse(
    readFileSync(join(__dirname, '../../../../../workflows/lead-report/definition.json'), 'utf8'),
  );
  const tree = (definitionToTree(spec) as { tree: FlowTree }).tree;
  const node = tree.nodes[0] as HandlerNode;

  it('says each case with the form’s field titles and where it goes, then otherwise and 补充信息', async () => {
    await t.changeLanguage('zh-CN');
    expect(answerLines(t.t, tree, node, 'zh-CN')).toEqual([
      '若 信息属实 等于 是，且 已进入招标流程 等于 否 → 继续，结束于「属实，已加分」',
      '若 信息属实 等于 否 → 结束于「信息不实，不加分」',
      '其他情况 → 结束于「已进入招标流程，不加分」',
      '可要求发起人补充信息',
    ]);
    await t.changeLanguage('en');
    expect(answerLines(t.t, tree, node, 'en')).toEqual([
      'If Lead is true equals Yes and Already in tendering equals No → Go on and end as "Verified, points credited"',
      'If Lead is true equals No → End as "Not true, no points"',
      'Otherwise → End as "Already in tendering, no points"',
      'May ask the starter for more information',
    ]);
  });

  it('never shows an event name, a field path or an action parameter', async () => {
    for (const lang of ['zh-CN', 'en'] as const) {
      await t.changeLanguage(lang);
      const text = answerLines(t.t, tree, node, lang).join('\n');
      for (const jargon of ['VERIFY', 'REQUEST_INFO', 'isTrue', 'event.data', 'inTendering', 'questions', 'starter.'])
        expect(text).not.toContain(jargon);
    }
  });
});

describe('限期督办 in plain words', () => {
  const spec = JSON.parse(
    readFileSync(join(__dirname, '../../../../../workflows/entertainment-expense/definition.json'), 'utf8'),
  );
  const tree = (definitionToTree(spec) as { tree: FlowTree }).tree;
  const watch = tree.nodes.find((n) => n.kind === 'watch')!;

  it('says who follows up when the deadline passes, never the delay name or a state', async () => {
    await t.changeLanguage('zh-CN');
    expect(nodeSummary(t.t, watch, tree.start.form, 'zh-CN')).toBe('期限内办完即继续；逾期由发起人的主管督办');
    await t.changeLanguage('en');
    expect(nodeSummary(t.t, watch, tree.start.form, 'en')).toBe(
      "Goes on once done in time; when overdue, the starter's manager follows up",
    );
  });
});
