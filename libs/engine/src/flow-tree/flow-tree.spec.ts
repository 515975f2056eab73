import { standardRegistry } from '../registry/standard-registry';
import { validateDefinition } from '../definition/validate-definition';
import type { WorkflowSpec } from '../definition/definition.types';
import { definitionToTree } from './definition-to-tree';
import { APPROVAL_EVENTS_META, FLOW_TEMPLATE_KINDS, flowTemplate } from './flow-templates';
import type { FlowTree } from './flow-tree.types';
import { treeToDefinition } from './tree-to-definition';

const t = (zh: string, en: string) => ({ zh, en });

/** Every node kind: a handler with an exit, a parallel pair with a delay, a nested condition. */
const everyKind = (): FlowTree => ({
  id: 'every-kind',
  title: t('全部节点', 'Every node'),
  start: {
    starterRoles: ['staff'],
    form: {
      type: 'object',
      required: ['amount', 'region'],
      properties: {
        amount: { type: 'number', title: '金额 / Amount', 'x-kind': 'money' },
        region: { type: 'string', enum: ['city', 'county'], title: '区域 / Region' },
      },
    },
  },
  nodes: [
    {
      kind: 'handler',
      key: 'prepare',
      title: t('准备材料', 'Prepare'),
      task: {
        title: t('准备材料', 'Prepare the papers'),
        assignee: 'starter',
        candidateRoles: ['staff'],
        due: 'P2D',
        fieldAccess: { amount: 'edit', region: 'hidden' },
      },
      submit: { event: 'SUBMIT_PREPARE', actions: [{ type: 'assign', params: { to: 'prepare', from: 'event.data' } }] },
      exits: [{ event: 'GIVE_UP', to: 'cancelled' }],
    },
    {
      kind: 'parallel',
      key: 'checks',
      title: t('并行核查', 'Checks'),
      branches: [
        {
          key: 'legalLine',
          title: t('法务', 'Legal'),
          doneKey: 'legalDone',
          nodes: [
            {
              kind: 'approver',
              key: 'legalCheck',
              task: { title: t('法务审核', 'Legal check') },
              approval: { approvers: [{ kind: 'role', role: 'legal' }] },
              reject: { to: 'rejected' },
            },
          ],
        },
        {
          key: 'waitLine',
          doneKey: 'waitDone',
          nodes: [{ kind: 'delay', key: 'coolOff', title: t('冷静期', 'Cool-off'), duration: 'PT2H' }],
        },
      ],
    },
    {
      kind: 'condition',
      key: 'byAmount',
      branches: [
        {
          title: t('大额', 'Large'),
          when: [
            { field: 'amount', op: 'gte', value: 5000 },
            { field: 'region', op: 'in', value: ['city'] },
          ],
          nodes: [
            {
              kind: 'approver',
              key: 'financeVote',
              task: { title: t('财务票签', 'Finance vote') },
              approval: { approvers: [{ kind: 'role', role: 'finance' }], mode: 'vote', threshold: 0.5 },
              onApprove: [{ type: 'set', params: { to: 'voted', value: true } }],
              reject: { to: 'prepare', actions: [{ type: 'increment', params: { to: 'returns', by: 1 } }] },
            },
            {
              kind: 'condition',
              key: 'countyToo',
              branches: [
                {
                  when: [{ field: 'region', op: 'eq', value: 'county' }],
                  nodes: [
                    { kind: 'cc', key: 'ccBranch', to: ['role:hq', 'starter.manager'], message: t('抄送', 'Copy') },
                  ],
                },
              ],
              otherwise: { nodes: [] },
            },
          ],
        },
      ],
      otherwise: {
        title: t('其他', 'Otherwise'),
        nodes: [],
        actions: [{ type: 'set', params: { to: 'small', value: true } }],
      },
    },
  ],
  end: { key: 'done', title: t('完成', 'Done') },
  ends: [{ key: 'rejected' }, { key: 'cancelled', title: t('已取消', 'Cancelled') }],
  events: {
    ...APPROVAL_EVENTS_META,
    SUBMIT_PREPARE: {
      title: t('提交', 'Submit'),
      schema: { type: 'object', properties: { note: { type: 'string' } } },
    },
    GIVE_UP: { title: t('放弃', 'Give up') },
  },
  context: { returns: 0 },
  meta: { businessKey: 'EK-{seq}' },
});

/** A check that branches on its own answers, an exit that does too, and 补充信息 by the starter. */
const answers = (): FlowTree => ({
  id: 'answers',
  title: t('按结果分支', 'Answers'),
  start: { form: { type: 'object', properties: { topic: { type: 'string', title: '主题 / Topic' } } } },
  nodes: [
    {
      kind: 'handler',
      key: 'draft',
      task: { title: t('起草', 'Draft'), assignee: 'starter' },
      submit: { event: 'SUBMIT_DRAFT' },
    },
    {
      kind: 'handler',
      key: 'check',
      title: t('核查', 'Check'),
      task: { title: t('核查', 'Check'), candidateRoles: ['office'] },
      submit: {
        event: 'CHECK',
        actions: [{ type: 'assign', params: { to: 'check', from: 'event.data' } }],
        branches: [
          { when: [{ field: 'ok', op: 'eq', value: false }], to: 'rejected' },
          {
            when: [
              { field: 'score', op: 'lt', value: 60 },
              { field: 'ok', op: 'eq', value: true },
            ],
            to: 'draft',
            actions: [{ type: 'increment', params: { to: 'redrafts', by: 1 } }],
          },
          { when: [{ field: 'score', op: 'gte', value: 90 }] },
        ],
      },
      exits: [
        {
          event: 'ESCALATE',
          to: 'cancelled',
          branches: [{ when: [{ field: 'urgent', op: 'eq', value: true }], to: 'draft' }],
        },
      ],
      askInfo: {
        ask: { event: 'REQUEST_INFO', actions: [{ type: 'append', params: { to: 'questions', from: 'event.data' } }] },
        key: 'checkInfo',
        title: t('补充信息', 'More information'),
        task: { title: t('补充核查所需信息', 'Add what the check needs'), assignee: 'starter' },
        answer: { event: 'SUPPLY_INFO', actions: [{ type: 'append', params: { to: 'answers', from: 'event.data' } }] },
      },
    },
    {
      kind: 'approver',
      key: 'sign',
      task: { title: t('签发', 'Sign') },
      approval: { approvers: [{ kind: 'manager' }] },
      reject: { to: 'check' },
    },
  ],
  end: { key: 'done' },
  ends: [{ key: 'rejected' }, { key: 'cancelled' }],
  events: {
    ...APPROVAL_EVENTS_META,
    SUBMIT_DRAFT: { title: t('提交', 'Submit') },
    CHECK: {
      title: t('提交核查', 'Record the check'),
      schema: {
        type: 'object',
        required: ['ok', 'score'],
        properties: {
          ok: { type: 'boolean', title: '属实 / True' },
          score: { type: 'number', title: '评分 / Score' },
        },
      },
    },
    ESCALATE: {
      title: t('上报', 'Escalate'),
      schema: { type: 'object', properties: { urgent: { type: 'boolean', title: '紧急 / Urgent' } } },
    },
    REQUEST_INFO: { title: t('要求补充', 'Ask for more') },
    SUPPLY_INFO: { title: t('补充', 'Add information') },
  },
  context: { redrafts: 0, questions: [], answers: [] },
});

/** A submit kept with its check, an exit that goes on too, and a line watched by a deadline (限期督办). */
const watched = (): FlowTree => ({
  id: 'watched',
  title: t('限期督办', 'Watched'),
  start: { form: { type: 'object', properties: { topic: { type: 'string', title: '主题 / Topic' } } } },
  nodes: [
    {
      kind: 'handler',
      key: 'host',
      task: { title: t('接待', 'Host'), assignee: 'starter' },
      submit: {
        event: 'HOSTED',
        check: { type: 'gt', params: { field: 'event.data.amount', value: 0 } },
        actions: [{ type: 'assign', params: { to: 'amount', from: 'event.data.amount' } }],
      },
    },
    {
      kind: 'handler',
      key: 'decide',
      task: { title: t('决定', 'Decide'), assignee: 'starter.manager' },
      submit: { event: 'YES', actions: [{ type: 'set', params: { to: 'agreed', value: true } }] },
      exits: [{ event: 'NO', actions: [{ type: 'set', params: { to: 'agreed', value: false } }] }],
    },
    {
      kind: 'watch',
      key: 'settlement',
      title: t('核销', 'Settlement'),
      line: {
        key: 'claim',
        title: t('报销', 'Claim'),
        nodes: [
          {
            kind: 'handler',
            key: 'claimIt',
            task: { title: t('报销', 'Claim'), assignee: 'starter' },
            submit: { event: 'CLAIM' },
          },
          {
            kind: 'handler',
            key: 'financeCheck',
            task: { title: t('财务审核', 'Finance check'), candidateRoles: ['finance'] },
            submit: { event: 'SETTLE' },
            exits: [{ event: 'RETURN', to: 'claimIt' }],
          },
        ],
      },
      watch: {
        key: 'deadline',
        title: t('核销期限', 'Deadline'),
        wait: { key: 'running', title: t('期限内', 'Within the deadline') },
        delay: 'P3D',
        actions: [{ type: 'set', params: { to: 'overdue', value: true } }],
        followUp: {
          key: 'overdue',
          title: t('逾期督办', 'Overdue'),
          task: { title: t('督办', 'Follow up'), assignee: 'starter.manager' },
          done: { event: 'FOLLOW_UP' },
        },
        doneKey: 'followedUp',
        doneTitle: t('已督办', 'Followed up'),
      },
    },
  ],
  end: { key: 'settled' },
  ends: [{ key: 'rejected' }],
  events: {
    HOSTED: {
      title: t('已接待', 'Hosted'),
      schema: { type: 'object', properties: { amount: { type: 'number', title: '金额 / Amount' } } },
    },
    YES: { title: t('同意', 'Yes') },
    NO: { title: t('不同意', 'No') },
    CLAIM: { title: t('提交报销', 'Claim') },
    SETTLE: { title: t('核销', 'Settle') },
    RETURN: { title: t('退回', 'Return') },
    FOLLOW_UP: { title: t('已督办', 'Followed up') },
  },
  context: { overdue: false },
});

const trees: Array<[string, FlowTree]> = [
  ['a checked submit, an exit that goes on, and 限期督办', watched()],
  ['every node kind', everyKind()],
  ['branches on answers with 补充信息', answers()],
  ...FLOW_TEMPLATE_KINDS.map((k): [string, FlowTree] => [`the ${k} template`, flowTemplate(k, `tpl-${k}`)]),
];

describe('treeToDefinition', () => {
  it.each(trees)('%s compiles to a definition the engine accepts', (_name, tree) => {
    const spec = treeToDefinition(tree);
    const result = validateDefinition(spec, standardRegistry);
    expect(result.errors).toEqual([]);
  });

  it.each(trees)('%s reads back as the same tree', (_name, tree) => {
    const spec = treeToDefinition(tree);
    expect(definitionToTree(spec)).toEqual({ ok: true, tree });
    // and compiling what was read gives the same definition again
    expect(treeToDefinition((definitionToTree(spec) as { tree: FlowTree }).tree)).toEqual(spec);
  });

  it('routes a condition with guards in order and the default last', () => {
    const spec = treeToDefinition(everyKind());
    expect(spec.states.byAmount.always).toEqual([
      {
        target: 'financeVote',
        meta: { title: t('大额', 'Large') },
        guard: {
          type: 'and',
          params: {
            guards: [
              { type: 'gte', params: { field: 'context.amount', value: 5000 } },
              { type: 'in', params: { field: 'context.region', values: ['city'] } },
            ],
          },
        },
      },
      {
        target: 'done',
        meta: { title: t('其他', 'Otherwise') },
        actions: [{ type: 'set', params: { to: 'small', value: true } }],
      },
    ]);
    // the nested condition's empty default goes on to where the outer branches join: the end
    expect(spec.states.countyToo.always).toEqual([
      { target: 'ccBranch', guard: { type: 'eq', params: { field: 'context.region', value: 'county' } } },
      { target: 'done' },
    ]);
  });

  it('puts parallel branches in regions that reach the root ends by id', () => {
    const spec = treeToDefinition(everyKind());
    const checks = spec.states.checks;
    expect(checks.type).toBe('parallel');
    expect(checks.onDone).toEqual({ target: 'byAmount' });
    expect(checks.states?.legalLine.states?.legalCheck.on?.REJECT).toEqual({ target: '#every-kind.rejected' });
    expect(checks.states?.waitLine.states?.coolOff.after).toEqual({ PT2H: { target: 'waitDone' } });
    expect(checks.states?.waitLine.states?.waitDone).toEqual({ type: 'final' });
  });

  it('copies (抄送) by notifying each recipient on the way through', () => {
    const spec = treeToDefinition(everyKind());
    expect(spec.states.ccBranch).toEqual({
      entry: [
        { type: 'notify', params: { to: 'role:hq', message: t('抄送', 'Copy') } },
        { type: 'notify', params: { to: 'starter.manager', message: t('抄送', 'Copy') } },
      ],
      always: { target: 'done' },
    });
  });

  it('keeps the message of a copy to nobody (yet), so it reads back the same', () => {
    const tree = flowTemplate('expense', 'e');
    const cc = tree.nodes[2];
    if (cc.kind === 'cc') cc.to = [];
    const spec = treeToDefinition(tree);
    expect(spec.states.ccOffice.entry).toEqual([]);
    expect(definitionToTree(spec)).toEqual({ ok: true, tree });
  });

  describe('a delay in working time (工作日 / 工作小时)', () => {
    /** 登记 → wait `duration` of working time from `from` → 核销, on the Monday–Friday calendar. */
    const workingTree = (duration: string, from?: string, meta?: FlowTree['meta']): FlowTree => ({
      id: 'working-wait',
      title: t('工作日延时', 'Working-day wait'),
      start: {
        form: {
          type: 'object',
          properties: { hostedOn: { type: 'string', format: 'date', title: '招待日期 / Date' } },
        },
      },
      nodes: [
        {
          kind: 'delay',
          key: 'grace',
          title: t('宽限期', 'Grace period'),
          duration,
          working: { name: 'graceWait', ...(from ? { from } : {}) },
        },
        {
          kind: 'handler',
          key: 'settle',
          task: { title: t('核销', 'Settle'), assignee: 'starter' },
          submit: { event: 'SETTLE' },
        },
      ],
      end: { key: 'done' },
      ends: [],
      events: { SETTLE: { title: t('核销', 'Settle') } },
      meta: { calendar: 'mon-fri', ...meta },
    });

    it.each([
      ['3 working days from entering the step', 'P3D', undefined, { working: 'P3D' }],
      ['4 working hours', 'PT4H', undefined, { working: 'PT4H' }],
      [
        '3 working days from a date of the start form',
        'P3D',
        'context.hostedOn',
        { working: 'P3D', from: 'context.hostedOn' },
      ],
    ])('%s compiles to meta.delays and an after on its name, and reads back the same', (_l, duration, from, delay) => {
      const tree = workingTree(duration, from);
      const spec = treeToDefinition(tree);
      expect(spec.meta.delays).toEqual({ graceWait: delay });
      expect(spec.meta.calendar).toBe('mon-fri');
      expect(spec.states.grace.after).toEqual({ graceWait: { target: 'settle' } });
      expect(validateDefinition(spec, standardRegistry).errors).toEqual([]);
      expect(definitionToTree(spec)).toEqual({ ok: true, tree });
      expect(treeToDefinition((definitionToTree(spec) as { tree: FlowTree }).tree)).toEqual(spec);
    });

    it('keeps the other delays of meta.delays (a task due, a weekly deadline) beside the node’s', () => {
      const weekEnd = { until: 'end-of-working-week', from: 'context.weekEnding' };
      const tree = workingTree('P1D', undefined, { delays: { weekEnd } });
      const spec = treeToDefinition(tree);
      expect(spec.meta.delays).toEqual({ weekEnd, graceWait: { working: 'P1D' } });
      expect(definitionToTree(spec)).toEqual({ ok: true, tree });
    });

    it('reads a 24-hour delay as before (no working)', () => {
      const spec = treeToDefinition(workingTree('P3D'));
      delete spec.meta.delays;
      spec.states.grace.after = { P3D: { target: 'settle' } };
      const read = definitionToTree(spec) as { tree: FlowTree };
      expect(read.tree.nodes[0]).toEqual({
        kind: 'delay',
        key: 'grace',
        title: t('宽限期', 'Grace period'),
        duration: 'P3D',
      });
    });

    it('does not fit a delay until a calendar boundary (end of the working week): no fixed duration', () => {
      const spec = treeToDefinition(workingTree('P1D'));
      spec.meta.delays = { graceWait: { until: 'end-of-working-week' } };
      expect(definitionToTree(spec)).toMatchObject({ ok: false, misfit: { state: 'grace', code: 'not-a-node' } });
    });
  });

  it('compiles the blank template to a start that is already the end', () => {
    const spec = treeToDefinition(flowTemplate('blank', 'b'));
    expect(spec.initial).toBe('approved');
    expect(Object.keys(spec.states)).toEqual(['approved', 'rejected']);
  });
});

describe('a step that branches on its own answers', () => {
  const spec = treeToDefinition(answers());

  it('tries the branches in order as guards on the event data, the otherwise last', () => {
    expect(spec.states.check.on!.CHECK).toEqual([
      { guard: { type: 'eq', params: { field: 'event.data.ok', value: false } }, target: 'rejected' },
      {
        guard: {
          type: 'and',
          params: {
            guards: [
              { type: 'lt', params: { field: 'event.data.score', value: 60 } },
              { type: 'eq', params: { field: 'event.data.ok', value: true } },
            ],
          },
        },
        target: 'draft',
        actions: [{ type: 'increment', params: { to: 'redrafts', by: 1 } }],
      },
      { guard: { type: 'gte', params: { field: 'event.data.score', value: 90 } }, target: 'sign' },
      { target: 'sign', actions: [{ type: 'assign', params: { to: 'check', from: 'event.data' } }] },
    ]);
  });

  it('puts the answer task right after its step, returning to it, and the asking outcome last', () => {
    expect(Object.keys(spec.states)).toEqual(['draft', 'check', 'checkInfo', 'sign', 'done', 'rejected', 'cancelled']);
    expect(spec.states.check.meta?.task?.outcomes).toEqual(['CHECK', 'ESCALATE', 'REQUEST_INFO']);
    expect(spec.states.check.on!.REQUEST_INFO).toEqual({
      target: 'checkInfo',
      actions: [{ type: 'append', params: { to: 'questions', from: 'event.data' } }],
    });
    expect(spec.states.checkInfo).toEqual({
      meta: {
        title: t('补充信息', 'More information'),
        task: {
          title: t('补充核查所需信息', 'Add what the check needs'),
          assignee: 'starter',
          outcomes: ['SUPPLY_INFO'],
        },
      },
      on: {
        SUPPLY_INFO: { target: 'check', actions: [{ type: 'append', params: { to: 'answers', from: 'event.data' } }] },
      },
    });
  });

  it('when every way ends, goes on to the end written first (the main end), wherever its way is', () => {
    const tree: FlowTree = {
      ...answers(),
      nodes: [
        {
          kind: 'handler',
          key: 'check',
          task: { title: t('核查', 'Check') },
          submit: { event: 'CHECK', branches: [{ when: [{ field: 'ok', op: 'eq', value: false }], to: 'rejected' }] },
        },
      ],
    };
    const spec = treeToDefinition(tree);
    expect(spec.states.check.on!.CHECK).toEqual([
      { guard: { type: 'eq', params: { field: 'event.data.ok', value: false } }, target: 'rejected' },
      { target: 'done' },
    ]);
    expect(definitionToTree(spec)).toEqual({ ok: true, tree });
  });

  it('goes on by the first way to a step when another way ends first', () => {
    const s = treeToDefinition(answers());
    const check = s.states.check.on!.CHECK as Array<{ target: string }>;
    // every way ends or goes back but the third: that one is where the line goes on
    check[3].target = 'cancelled';
    const tree = definitionToTree(s);
    expect(tree.ok && tree.tree.nodes.map((n) => n.key)).toEqual(['draft', 'check', 'sign']);
    expect(tree.ok && tree.tree.nodes[1]).toMatchObject({ submit: { to: 'cancelled' } });
  });
});

describe('限期督办 (a line watched by a deadline)', () => {
  const spec = treeToDefinition(watched());

  it('is a parallel state with no onDone: the line goes on straight out of it, the deadline tasks a follow-up', () => {
    const settlement = spec.states.settlement;
    expect(settlement.type).toBe('parallel');
    expect(settlement.onDone).toBeUndefined();
    expect(Object.keys(settlement.states ?? {})).toEqual(['claim', 'deadline']);
    const claim = settlement.states!.claim.states!;
    expect(claim.financeCheck.on).toEqual({ SETTLE: { target: '#watched.settled' }, RETURN: { target: 'claimIt' } });
    expect(settlement.states!.deadline.states!.running.after).toEqual({
      P3D: { target: 'overdue', actions: [{ type: 'set', params: { to: 'overdue', value: true } }] },
    });
    expect(settlement.states!.deadline.states!.overdue.on).toEqual({ FOLLOW_UP: { target: 'followedUp' } });
  });

  it('keeps the submit’s check as its guard, and an exit that goes on targets the next step', () => {
    expect(spec.states.host.on!.HOSTED).toEqual({
      guard: { type: 'gt', params: { field: 'event.data.amount', value: 0 } },
      target: 'decide',
      actions: [{ type: 'assign', params: { to: 'amount', from: 'event.data.amount' } }],
    });
    expect(spec.states.decide.on!.NO).toEqual({
      target: 'settlement',
      actions: [{ type: 'set', params: { to: 'agreed', value: false } }],
    });
  });

  const watchMisfit = (patch: (spec: WorkflowSpec) => void) => {
    const s = treeToDefinition(watched());
    patch(s);
    const result = definitionToTree(s);
    return result.ok ? undefined : { state: result.misfit.state, code: result.misfit.code, path: result.misfit.path };
  };
  const regions = (s: WorkflowSpec) => s.states.settlement.states!;

  it.each<[string, (spec: WorkflowSpec) => void, { state: string; code: string; path: string }]>([
    [
      'a third branch beside the line and its deadline',
      (s) => void (regions(s).more = { initial: 'x', states: { x: { type: 'final' } } }),
      { state: 'settlement', code: 'watch-shape', path: 'states.settlement' },
    ],
    [
      'a line that ends inside the group instead of going on',
      (s) => {
        regions(s).claim.states!.financeCheck.on!.SETTLE = { target: 'claimDone' };
        regions(s).claim.states!.claimDone = { type: 'final' };
      },
      { state: 'claim', code: 'watch-shape', path: 'states.settlement.states.claim' },
    ],
    [
      'a deadline that ends without tasking anyone',
      (s) => void (regions(s).deadline.states!.running.after = { P3D: { target: 'followedUp' } }),
      { state: 'running', code: 'watch-shape', path: 'states.settlement.states.deadline.states.running' },
    ],
  ])('%s does not fit', (_name, patch, expected) => {
    expect(watchMisfit(patch)).toEqual(expected);
  });
});

describe('definitionToTree says what does not fit', () => {
  const base = (): WorkflowSpec => treeToDefinition(flowTemplate('expense', 'x'));
  const misfitOf = (patch: (spec: WorkflowSpec) => void) => {
    const spec = base();
    patch(spec);
    const result = definitionToTree(spec);
    return result.ok ? undefined : { state: result.misfit.state, code: result.misfit.code, path: result.misfit.path };
  };

  it.each<[string, (spec: WorkflowSpec) => void, { state: string; code: string; path: string }]>([
    [
      'an approval that goes back to itself on approve',
      (s) => void (s.states.managerApproval.on = { APPROVE: 'managerApproval', REJECT: 'rejected' }),
      { state: 'managerApproval', code: 'loop', path: 'states.managerApproval' },
    ],
    [
      'a guarded outcome',
      (s) =>
        void (s.states.managerApproval.on!.APPROVE = [
          { target: 'amountCheck', guard: { type: 'exists', params: { field: 'context.x' } } },
          { target: 'ccOffice' },
        ]),
      { state: 'managerApproval', code: 'guarded-outcome', path: 'states.managerApproval.on.APPROVE' },
    ],
    [
      'a condition on event data',
      (s) =>
        void ((s.states.amountCheck.always as Array<{ guard?: unknown }>)[0].guard = {
          type: 'gt',
          params: { field: 'event.data.amount', value: 1 },
        }),
      { state: 'amountCheck', code: 'unsupported-condition', path: 'states.amountCheck.always.0.guard' },
    ],
    [
      'a field compared with another field',
      (s) =>
        void ((s.states.amountCheck.always as Array<{ guard?: unknown }>)[0].guard = {
          type: 'gt',
          params: { field: 'context.amount', valueField: 'context.limit' },
        }),
      { state: 'amountCheck', code: 'unsupported-condition', path: 'states.amountCheck.always.0.guard' },
    ],
    [
      'a rejection that jumps ahead',
      (s) => void (s.states.managerApproval.on!.REJECT = { target: 'ccOffice' }),
      { state: 'managerApproval', code: 'forward-jump', path: 'states.managerApproval.on.REJECT' },
    ],
    [
      'a compound state',
      (s) => void (s.states.ccOffice = { initial: 'a', states: { a: { type: 'final' } }, onDone: 'approved' }),
      { state: 'ccOffice', code: 'compound-state', path: 'states.ccOffice' },
    ],
    [
      'a state off the line',
      (s) => void (s.states.orphan = { on: { GO: 'approved' } }),
      { state: 'orphan', code: 'off-line-state', path: 'states.orphan' },
    ],
    [
      'a transition on the root',
      (s) => void (s.on = { CANCEL: '.rejected' }),
      { state: '', code: 'root-transitions', path: 'on' },
    ],
    [
      'branches that end apart',
      (s) => void (s.states.financeApproval.on!.APPROVE = { target: 'rejected' }),
      { state: 'amountCheck', code: 'branches-do-not-join', path: 'states.amountCheck.always' },
    ],
    [
      'a task with entry actions',
      (s) => void (s.states.managerApproval.entry = [{ type: 'set', params: { to: 'a', value: 1 } }]),
      { state: 'managerApproval', code: 'unsupported-key', path: 'states.managerApproval.entry' },
    ],
    [
      'an outcome nothing handles',
      (s) => void delete s.states.managerApproval.on!.REJECT,
      { state: 'managerApproval', code: 'outcome-missing', path: 'states.managerApproval.meta.task.outcomes' },
    ],
  ])('%s', (_name, patch, expected) => {
    expect(misfitOf(patch)).toEqual(expected);
  });

  const answersMisfit = (patch: (spec: WorkflowSpec) => void) => {
    const spec = treeToDefinition(answers());
    patch(spec);
    const result = definitionToTree(spec);
    return result.ok ? undefined : { state: result.misfit.state, code: result.misfit.code, path: result.misfit.path };
  };
  const ways = (s: WorkflowSpec) => s.states.check.on!.CHECK as Array<{ guard?: unknown; target: string }>;

  it.each<[string, (spec: WorkflowSpec) => void, { state: string; code: string; path: string }]>([
    [
      'an answer branch on the case data rather than the answers',
      (s) => void (ways(s)[0].guard = { type: 'eq', params: { field: 'context.topic', value: 'x' } }),
      { state: 'check', code: 'guarded-outcome', path: 'states.check.on.CHECK.0' },
    ],
    [
      'an answer branch on a field the form does not ask',
      (s) => void (ways(s)[0].guard = { type: 'eq', params: { field: 'event.data.colour', value: 'red' } }),
      { state: 'check', code: 'unknown-answer-field', path: 'states.check.on.CHECK.0.guard' },
    ],
    [
      'answer branches with no otherwise',
      (s) => void (ways(s)[3].guard = { type: 'eq', params: { field: 'event.data.ok', value: true } }),
      { state: 'check', code: 'unsupported-condition', path: 'states.check.on.CHECK.3.guard' },
    ],
    [
      'another outcome refused unless a condition holds (only the submit keeps such a check)',
      (s) =>
        void (s.states.check.on!.ESCALATE = {
          target: 'cancelled',
          guard: { type: 'eq', params: { field: 'event.data.urgent', value: true } },
        }),
      { state: 'check', code: 'guarded-outcome', path: 'states.check.on.ESCALATE' },
    ],
    [
      'an answer task with a second outcome',
      (s) => {
        s.states.checkInfo.meta!.task!.outcomes = ['SUPPLY_INFO', 'GIVE_UP'];
        s.states.checkInfo.on!.GIVE_UP = { target: 'cancelled' };
      },
      { state: 'checkInfo', code: 'info-loop-shape', path: 'states.checkInfo' },
    ],
    [
      'an answer task that goes on instead of returning',
      (s) => void (s.states.checkInfo.on!.SUPPLY_INFO = { target: 'sign' }),
      { state: 'check', code: 'forward-jump', path: 'states.check.on.REQUEST_INFO' },
    ],
    [
      'asking for information before another way out',
      (s) => void (s.states.check.meta!.task!.outcomes = ['CHECK', 'REQUEST_INFO', 'ESCALATE']),
      { state: 'check', code: 'info-loop-shape', path: 'states.check.on.REQUEST_INFO' },
    ],
  ])('%s', (_name, patch, expected) => {
    expect(answersMisfit(patch)).toEqual(expected);
  });
});
