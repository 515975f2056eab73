import { defaultRegistry, EventRejectedError, validateDefinition } from '@liucheng/engine';
import { loadDefinition } from '../testing/load-definition';
import { isUserOnly, runScenario, ScenarioWalker } from '../testing/run-scenario';
import { scenarios } from './client-development.scenarios';

const spec = loadDefinition('client-development');
const finals = Object.entries(spec.states)
  .filter(([, state]) => state.type === 'final')
  .map(([key]) => key);

function rejection(run: () => unknown): EventRejectedError {
  try {
    run();
  } catch (error) {
    if (error instanceof EventRejectedError) return error;
    throw error;
  }
  throw new Error('expected the event to be rejected');
}

describe('client-development (客户开发流程)', () => {
  it('validates against the default registry', () => {
    expect(validateDefinition(spec, defaultRegistry)).toEqual({ ok: true, errors: [] });
  });

  it.each(scenarios.map((s) => [s.name, s] as const))('scenario: %s', (_name, scenario) => {
    runScenario(spec, scenario);
  });

  it('reaches every final state in some scenario, and has a scenario without timers', () => {
    const reached = scenarios.filter((s) => s.expectStatus === 'done').map((s) => s.expectState);
    expect(new Set(reached)).toEqual(new Set(finals));
    expect(scenarios.some(isUserOnly)).toBe(true);
  });

  it('walks the six stages of the seed in order', () => {
    const walker = runScenario(spec, scenarios[0]);
    const visited = walker.results.map((r) => r.state);
    expect(visited).toEqual([
      'marketResearch',
      'clientDevelopment',
      'needsAnalysis',
      'proposal',
      'negotiation',
      'contractSigning',
      'signed',
    ]);
  });

  it.each([
    ['skip needs analysis', 'SUBMIT_PROPOSAL', { proposal: 'p', quotedAmount: 1 }],
    ['sign before negotiation', 'SIGN', { contractNo: 'HT-1', signedOn: '2026-03-02' }],
  ])('cannot %s', (_name, type, data) => {
    const walker = ScenarioWalker.of(spec);
    walker.start({ clientName: '客户' }, 'sales');
    walker.send('SUBMIT_RESEARCH', 'market', { marketNeeds: 'n', competitors: 'c' });
    const error = rejection(() => walker.send(type, 'sales', data));
    expect(error.reason).toBe('not-accepted');
    expect(error.acceptedEvents.sort()).toEqual(['CONTACTED', 'LOSE']);
  });

  it.each([
    ['a lost client without a reason', 'LOSE', {}],
    ['a contact without a contact person', 'CONTACTED', { contactInfo: '电话' }],
  ])('refuses %s', (_name, type, data) => {
    const walker = ScenarioWalker.of(spec);
    walker.start({ clientName: '客户' }, 'sales');
    walker.send('SUBMIT_RESEARCH', 'market', { marketNeeds: 'n', competitors: 'c' });
    expect(rejection(() => walker.send(type, 'sales', data)).reason).toBe('invalid-data');
  });
});
