import { loadDefinition } from '../testing/load-definition';
import { itBehavesAsAPublishedWorkflow } from '../testing/published-workflow.rules';
import { rejectionOf } from '../testing/rejection';
import { runScenario, ScenarioWalker } from '../testing/run-scenario';
import { scenarios } from './real-estate-filing.scenarios';

const spec = loadDefinition('real-estate-filing');
const project = { kind: 'project', projectName: '测试项目', subject: '立项备案', content: '内容' };

describe('real-estate-filing (房地产项目审批与备案)', () => {
  itBehavesAsAPublishedWorkflow(spec, scenarios);

  it.each(scenarios.map((s) => [s.name, s] as const))(
    'nothing takes effect before it is filed: %s',
    (_name, scenario) => {
      const walker = runScenario(spec, scenario);
      for (const result of walker.results) {
        const filed = result.state === 'filed';
        expect(result.context.effective).toBe(filed);
        expect(result.context.filingNo === null).toBe(!filed);
      }
    },
  );

  it('opens one review task per related department at once', () => {
    const walker = ScenarioWalker.of(spec);
    const result = walker.start(project, 'project');
    const tasks = result.effects.filter((e) => e.kind === 'openTask');
    expect(tasks.map((t) => (t.kind === 'openTask' ? [t.statePath, t.task.candidateRoles] : []))).toEqual([
      ['review.market.pending', ['market']],
      ['review.project.pending', ['project']],
      ['review.sales.pending', ['sales']],
      ['review.finance.pending', ['finance']],
      ['review.legal.pending', ['legal']],
    ]);
  });

  it.each([
    ['a filing without a filing number', {}],
    ['a blank filing number', { filingNo: '   ' }],
  ])('refuses %s', (_name, data) => {
    const walker = ScenarioWalker.of(spec);
    walker.start(project, 'project');
    for (const type of ['MARKET_APPROVE', 'PROJECT_APPROVE', 'SALES_APPROVE', 'FINANCE_APPROVE', 'LEGAL_APPROVE'])
      walker.send(type, 'x', {});
    expect(rejectionOf(() => walker.send('FILE', 'office', data)).reason).toBe('invalid-data');
    expect(walker.current.context.effective).toBe(false);
  });

  it('cannot be filed while a department is still reviewing', () => {
    const walker = ScenarioWalker.of(spec);
    walker.start(project, 'project');
    walker.send('MARKET_APPROVE', 'market', {});
    const error = rejectionOf(() => walker.send('FILE', 'office', { filingNo: 'FD-1' }));
    expect(error.reason).toBe('not-accepted');
  });

  it('waits for the sales dept (销售部门) before filing, even when every other department approved', () => {
    const walker = ScenarioWalker.of(spec);
    walker.start(project, 'project');
    for (const type of ['MARKET_APPROVE', 'PROJECT_APPROVE', 'FINANCE_APPROVE', 'LEGAL_APPROVE'])
      walker.send(type, 'x', {});
    expect(walker.current.state).toEqual({
      review: { market: 'approved', project: 'approved', sales: 'pending', finance: 'approved', legal: 'approved' },
    });
    expect(walker.send('SALES_APPROVE', 'sales', {}).state).toBe('filing');
  });

  it('lets the sales dept submit an amendment (its sales strategy) itself', () => {
    expect(spec.meta.starterRoles).toContain('sales');
  });

  it('a department cannot send it back without a comment', () => {
    const walker = ScenarioWalker.of(spec);
    walker.start(project, 'project');
    expect(rejectionOf(() => walker.send('LEGAL_REJECT', 'legal', {})).reason).toBe('invalid-data');
  });

  it.each([
    ['an amendment without the filing number it amends', { ...project, kind: 'amendment' }],
    ['an unknown kind', { ...project, kind: 'other' }],
  ])('refuses to start %s', (_name, input) => {
    const walker = ScenarioWalker.of(spec);
    expect(rejectionOf(() => walker.start(input, 'project')).reason).toBe('invalid-data');
  });
});
