import { loadDefinition } from '../testing/load-definition';
import { itBehavesAsAPublishedWorkflow } from '../testing/published-workflow.rules';
import { rejectionOf } from '../testing/rejection';
import { ScenarioWalker } from '../testing/run-scenario';
import { scenarios } from './soe-expansion.scenarios';

const spec = loadDefinition('soe-expansion');
const screening = { project: 'p', evaluation: 'e', riskAnalysis: 'r', riskLevel: 'low' };

const atScreening = (): ScenarioWalker => {
  const walker = ScenarioWalker.of(spec);
  walker.start({ initiative: '测试' }, 'hq');
  walker.send('SET_STRATEGY', 'hq', { strategy: 's' });
  walker.send('SUBMIT_PLAN', 'bizdev', { year: 2026, plan: 'p', budget: 1 });
  walker.send('SUBMIT_RESEARCH', 'bizdev', { demand: 'd', competition: 'c' });
  walker.send('AGREE', 'bizdev', { partner: 'x', intent: 'y' });
  return walker;
};

describe('soe-expansion (国企业务拓展)', () => {
  itBehavesAsAPublishedWorkflow(spec, scenarios);

  it('models the three levels as compound states', () => {
    expect(Object.keys(spec.states).filter((key) => spec.states[key].states)).toEqual([
      'hq',
      'businessDept',
      'projectGroup',
    ]);
  });

  it.each([
    [true, { hq: 'investmentApproval' }],
    [false, { projectGroup: 'implementation' }],
  ])('outboundInvestment %p routes to %p', (outboundInvestment, state) => {
    expect(atScreening().send('SCREEN', 'project', { ...screening, outboundInvestment }).state).toEqual(state);
  });

  it('cannot implement an outbound investment before hq approves it', () => {
    const walker = atScreening();
    walker.send('SCREEN', 'project', { ...screening, outboundInvestment: true });
    const error = rejectionOf(() => walker.send('COMPLETE_IMPLEMENTATION', 'project', { summary: 's' }));
    expect(error.reason).toBe('not-accepted');
    expect(error.acceptedEvents.sort()).toEqual(['APPROVE_INVESTMENT', 'REJECT_INVESTMENT']);
  });

  it('gives the investment approval task to hq', () => {
    const walker = atScreening();
    const result = walker.send('SCREEN', 'project', { ...screening, outboundInvestment: true });
    expect(result.effects).toContainEqual(
      expect.objectContaining({
        kind: 'openTask',
        statePath: 'hq.investmentApproval',
        task: expect.objectContaining({ candidateRoles: ['hq'] }),
      }),
    );
  });

  it('reports progress to the business department and hq, staying in implementation', () => {
    const walker = atScreening();
    walker.send('SCREEN', 'project', { ...screening, outboundInvestment: false });
    const result = walker.send('REPORT_PROGRESS', 'project', { progressPercent: 30, report: '进展' });
    expect(result.state).toEqual({ projectGroup: 'implementation' });
    expect(result.effects.filter((e) => e.kind === 'notify').map((e) => (e.kind === 'notify' ? e.to : ''))).toEqual([
      'role:hq',
      'role:bizdev',
    ]);
  });

  it('requires the screening to say whether it involves outbound investment', () => {
    expect(rejectionOf(() => atScreening().send('SCREEN', 'project', screening)).reason).toBe('invalid-data');
  });
});
