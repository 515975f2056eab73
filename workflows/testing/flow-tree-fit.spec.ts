import { definitionToTree, flowTemplate, replay, treeToDefinition, validateDefinition } from '@liucheng/engine';
import type { FlowTree } from '@liucheng/engine';
import { workflowRegistry } from '../registry/workflow-registry';
import { listWorkflows } from './list-workflows';
import { loadDefinition } from './load-definition';
import { ScenarioWalker } from './run-scenario';

/** What each shipped workflow gives in simple mode: it opens as a tree, or the first part that does not fit. */
const EXPECTED: Record<string, { fits: true } | { state: string; code: string }> = {
  'annual-review': { state: 'outcome', code: 'branches-do-not-join' },
  'business-loss-accountability': { fits: true },
  'channel-partner': { state: 'cooperation', code: 'unsupported-key' },
  'client-development': { fits: true },
  'contract-review': { fits: true },
  'entertainment-expense': { fits: true },
  'lead-report': { fits: true },
  'monthly-report': { state: 'writing', code: 'unsupported-key' },
  'monthly-review': { fits: true },
  'project-pre-evaluation': { state: 'preEvaluation', code: 'unsupported-key' },
  // 拓展 leaves its parallel state from inside like a 限期督办, but beside it runs a periodic evaluation, no deadline.
  'real-estate-expansion': { state: 'evaluation', code: 'watch-shape' },
  'real-estate-filing': { state: 'pending', code: 'duplicate-key' },
  'report-spot-check': { state: 'callingBack', code: 'unsupported-key' },
  'soe-expansion': { state: 'hq', code: 'compound-state' },
  'weekly-report': { state: 'writing', code: 'unsupported-key' },
};

describe('shipped workflows in simple mode', () => {
  it('has an expectation for every shipped workflow', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(listWorkflows());
  });

  it.each(listWorkflows())('%s opens as a tree and compiles back to the same definition, or says why not', (key) => {
    const spec = loadDefinition(key);
    const result = definitionToTree(spec);
    const expected = EXPECTED[key];
    if ('fits' in expected) {
      expect(result.ok).toBe(true);
      const tree = (result as { tree: FlowTree }).tree;
      expect(treeToDefinition(tree)).toEqual(spec);
      expect(definitionToTree(treeToDefinition(tree))).toEqual(result);
    } else {
      expect(result.ok ? undefined : { state: result.misfit.state, code: result.misfit.code }).toEqual(expected);
    }
  });

  it('reads 合同审核 as negotiation → signing → 会签 review with its send-back kept', () => {
    const result = definitionToTree(loadDefinition('contract-review'));
    const tree = (result as { tree: FlowTree }).tree;
    expect(tree.nodes.map((n) => `${n.kind}:${n.key}`)).toEqual([
      'handler:negotiation',
      'handler:signing',
      'approver:review',
    ]);
    expect(tree.nodes[0]).toMatchObject({
      submit: { event: 'NEGOTIATED' },
      exits: [{ event: 'ABANDON', to: 'abandoned' }],
    });
    expect(tree.nodes[2]).toMatchObject({ approval: { mode: 'all' }, reject: { to: 'negotiation' } });
    expect(tree.end.key).toBe('filed');
    expect(tree.ends.map((e) => e.key)).toEqual(['abandoned']);
  });
});

describe('市场信息收集 in simple mode', () => {
  const spec = loadDefinition('lead-report');
  const tree = (definitionToTree(spec) as { tree: FlowTree }).tree;

  it('reads 核实 as one handler branching on its own answers to three ends, with 补充信息 by the starter', () => {
    expect(tree.nodes.map((n) => `${n.kind}:${n.key}`)).toEqual(['handler:verification']);
    expect(tree.nodes[0]).toMatchObject({
      submit: {
        event: 'VERIFY',
        to: 'rejectedTendering',
        branches: [
          {
            when: [
              { field: 'isTrue', op: 'eq', value: true },
              { field: 'inTendering', op: 'eq', value: false },
            ],
          },
          { when: [{ field: 'isTrue', op: 'eq', value: false }], to: 'rejectedFalse' },
        ],
      },
      askInfo: {
        ask: { event: 'REQUEST_INFO' },
        key: 'supplementing',
        task: { assignee: 'starter' },
        answer: { event: 'SUPPLEMENT' },
      },
    });
    // the first branch has no `to`: it goes on, to the line's end
    expect((tree.nodes[0] as { submit: { branches: Array<{ to?: string }> } }).submit.branches[0].to).toBeUndefined();
    expect(tree.end.key).toBe('credited');
    expect(tree.ends.map((e) => e.key)).toEqual(['rejectedFalse', 'rejectedTendering']);
  });

  it('compiles back to the states in the same order, the answer task right after its step', () => {
    expect(Object.keys(treeToDefinition(tree).states)).toEqual(Object.keys(spec.states));
    expect(treeToDefinition(tree)).toEqual(spec);
    expect(validateDefinition(treeToDefinition(tree), workflowRegistry).errors).toEqual([]);
  });

  it('runs as shipped when compiled from the tree: ask, answer, then a false lead ends unpaid', () => {
    const walker = ScenarioWalker.of(treeToDefinition(tree));
    walker.start({ client: '某项目', description: '新建厂房', unit: '一分公司' }, 'staff');
    walker.send('REQUEST_INFO', 'bizdev', { question: '联系人？' });
    expect(walker.current.snapshot.value).toBe('supplementing');
    walker.send('SUPPLEMENT', 'staff', { answer: '王经理' });
    expect(walker.current.snapshot.value).toBe('verification');
    walker.send('VERIFY', 'bizdev', { isTrue: false, inTendering: false });
    expect(walker.current.snapshot.value).toBe('rejectedFalse');
  });
});

describe('the expense template runs on the engine', () => {
  const spec = treeToDefinition(flowTemplate('expense', 'expense-claim'));
  // The template's 明细: at least one line, summing to the claimed amount.
  const input = (amount: number) => ({
    reason: '出差',
    amount,
    note: '交通与住宿',
    lines: [{ date: '2026-12-01', item: '交通与住宿', amount }],
  });
  const openTasks = (walker: ScenarioWalker) =>
    walker.current.effects.flatMap((e) => (e.kind === 'openTask' ? [`${e.statePath}:${e.assignee}`] : []));

  it('validates against the workflow registry', () => {
    expect(validateDefinition(spec, workflowRegistry).errors).toEqual([]);
  });

  it('above ¥5,000: manager, then every finance reviewer (会签), then a copy to the office', () => {
    const walker = ScenarioWalker.of(spec);
    walker.start(input(6800), 'staff');
    expect(openTasks(walker)).toEqual(['managerApproval:leader']);
    walker.send('APPROVE', 'leader', { comment: '同意' });
    const finance = openTasks(walker);
    expect(finance.length).toBeGreaterThan(0);
    expect(finance.every((t) => t.startsWith('financeApproval:'))).toBe(true);
    for (const t of finance) walker.send('APPROVE', t.split(':')[1], {});
    expect(walker.current.snapshot.status).toBe('done');
    expect(walker.current.snapshot.value).toBe('approved');
    expect(walker.notifications()).toContainEqual(expect.objectContaining({ kind: 'notify', to: 'role:office' }));
    // the history (with the recorded approvers) replays to the same steps, as for any definition
    expect(replay(walker.compiled, walker.entries)).toEqual(walker.results);
  });

  it('up to ¥5,000: the manager alone, then the copy', () => {
    const walker = ScenarioWalker.of(spec);
    walker.start(input(800), 'staff');
    walker.send('APPROVE', 'leader', {});
    expect(walker.current.snapshot.value).toBe('approved');
    expect(walker.entries.some((e) => e.type === 'APPROVE' && e.actor === 'finance')).toBe(false);
    expect(walker.notifications()).toContainEqual(expect.objectContaining({ to: 'role:office' }));
  });

  it('a rejection by the manager ends it as 已驳回 without copying the office', () => {
    const walker = ScenarioWalker.of(spec);
    walker.start(input(6800), 'staff');
    walker.send('REJECT', 'leader', { comment: '超标' });
    expect(walker.current.snapshot.value).toBe('rejected');
    expect(walker.notifications().some((n) => n.to === 'role:office')).toBe(false);
  });

  it('refuses a start without the amount', () => {
    const walker = ScenarioWalker.of(spec);
    expect(() => walker.start({ reason: '出差' }, 'staff')).toThrow();
  });
});
