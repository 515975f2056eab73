import { loadDefinition } from '../testing/load-definition';
import { itBehavesAsAPublishedWorkflow } from '../testing/published-workflow.rules';
import { rejectionOf } from '../testing/rejection';
import { days, ScenarioWalker, SCENARIO_EPOCH } from '../testing/run-scenario';
import { scenarios } from './real-estate-expansion.scenarios';

const spec = loadDefinition('real-estate-expansion');

const walk = (): ScenarioWalker => {
  const walker = ScenarioWalker.of(spec);
  walker.start({ projectName: '测试项目' }, 'market');
  return walker;
};

describe('real-estate-expansion (房地产项目业务拓展)', () => {
  itBehavesAsAPublishedWorkflow(spec, scenarios);

  it('schedules the periodic evaluation 30 days after the start, from context.evaluationInterval', () => {
    const walker = walk();
    expect(walker.timer('context.evaluationInterval').dueAt).toBe(
      new Date(SCENARIO_EPOCH.getTime() + days(30)).toISOString(),
    );
  });

  it('lets a process owner change the evaluation interval in the context', () => {
    const walker = ScenarioWalker.of({ ...spec, context: { ...spec.context, evaluationInterval: 'P7D' } });
    walker.start({ projectName: '测试项目' }, 'market');
    expect(walker.timer('context.evaluationInterval').delayMs).toBe(days(7));
  });

  it('stops the periodic evaluation once the stages are done', () => {
    const walker = walk();
    walker.send('SUBMIT_RESEARCH', 'market', { demandTrends: 'a', competitors: 'b', targetCustomers: 'c' });
    walker.send('SUBMIT_POSITIONING', 'project', {
      customerGroup: 'a',
      productPositioning: 'b',
      pricingStrategy: 'c',
      salesStrategy: 'd',
    });
    walker.send('SUBMIT_PLANNING', 'project', {
      layout: 'a',
      developmentPlan: 'b',
      investment: 1,
      returnForecast: 'c',
    });
    expect(walker.timers.size).toBe(1);
    const result = walker.send('SUBMIT_CLIENT_DEVELOPMENT', 'sales', { targetClients: 'a', plan: 'b', promotion: 'c' });
    expect(result.state).toBe('summary');
    expect(walker.timers.size).toBe(0);
  });

  it('has nothing to send back from the first stage', () => {
    const error = rejectionOf(() => walk().send('SEND_BACK', 'market', { reason: '无' }));
    expect(error.reason).toBe('not-accepted');
    expect(error.acceptedEvents).toContain('SUBMIT_RESEARCH');
  });

  it.each([
    ['a send-back without a reason', 'SEND_BACK', {}],
    ['a send-back with an empty reason', 'SEND_BACK', { reason: '' }],
    [
      'a positioning without its pricing strategy',
      'SUBMIT_POSITIONING',
      { customerGroup: 'a', productPositioning: 'b', salesStrategy: 'c' },
    ],
  ])('refuses %s', (_name, type, data) => {
    const walker = walk();
    walker.send('SUBMIT_RESEARCH', 'market', { demandTrends: 'a', competitors: 'b', targetCustomers: 'c' });
    expect(rejectionOf(() => walker.send(type, 'project', data)).reason).toBe('invalid-data');
  });

  it('opens the stage task for the department the regulation names', () => {
    const walker = walk();
    const open = walker.current.effects.filter((e) => e.kind === 'openTask');
    expect(open).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          statePath: 'expansion.stages.marketResearch',
          task: expect.objectContaining({ candidateRoles: ['market'] }),
        }),
      ]),
    );
  });
});
