import { loadDefinition } from '../testing/load-definition';
import { itBehavesAsAPublishedWorkflow } from '../testing/published-workflow.rules';
import { rejectionOf } from '../testing/rejection';
import { runScenario, ScenarioWalker } from '../testing/run-scenario';
import { scenarios } from './client-development.scenarios';

const spec = loadDefinition('client-development');

describe('client-development (客户开发流程)', () => {
  itBehavesAsAPublishedWorkflow(spec, scenarios);

  it('walks the six stages of the regulation in order', () => {
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
    const error = rejectionOf(() => walker.send(type, 'sales', data));
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
    expect(rejectionOf(() => walker.send(type, 'sales', data)).reason).toBe('invalid-data');
  });
});
