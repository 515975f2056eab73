import { loadDefinition } from '../testing/load-definition';
import { itBehavesAsAPublishedWorkflow } from '../testing/published-workflow.rules';
import { rejectionOf } from '../testing/rejection';
import { ScenarioWalker } from '../testing/run-scenario';
import { scenarios } from './contract-review.scenarios';

const spec = loadDefinition('contract-review');

/** An instance whose draft is with finance and legal. */
const inReview = (): ScenarioWalker => {
  const walker = ScenarioWalker.of(spec);
  walker.start({ subject: '测试合同', counterparty: '某公司' }, 'sales');
  walker.send('NEGOTIATED', 'sales', { counterparty: '某公司', amount: 100, keyTerms: '条款' });
  walker.send('SUBMIT_DRAFT', 'sales', { contractTitle: '合同', draftRef: 'v1' });
  return walker;
};

describe('contract-review (合同洽谈、审核与备案)', () => {
  itBehavesAsAPublishedWorkflow(spec, scenarios);

  it('opens the finance and the legal review at the same time', () => {
    const opened = inReview().current.effects.flatMap((e) =>
      e.kind === 'openTask' ? [[e.statePath, e.task.candidateRoles]] : [],
    );
    expect(opened).toEqual([
      ['review.finance.pending', ['finance']],
      ['review.legal.pending', ['legal']],
    ]);
    expect(inReview().current.acceptedEvents.sort()).toEqual([
      'FINANCE_APPROVE',
      'FINANCE_RETURN',
      'LEGAL_APPROVE',
      'LEGAL_RETURN',
    ]);
  });

  it.each([['FINANCE_RETURN'], ['LEGAL_RETURN']])('a %s closes both review tasks and tells the negotiator', (type) => {
    const result = inReview().send(type, 'reviewer', { comments: '请修改' });
    expect(result.state).toBe('negotiation');
    const closed = result.effects.flatMap((e) => (e.kind === 'closeTask' ? [e.statePath] : []));
    expect(closed.sort()).toEqual(['review.finance.pending', 'review.legal.pending']);
    expect(result.effects).toContainEqual(expect.objectContaining({ kind: 'notify', to: 'starter' }));
  });

  it.each([
    ['a return without comments', 'FINANCE_RETURN', {}],
    ['a return with empty comments', 'LEGAL_RETURN', { comments: '' }],
  ])('refuses %s', (_name, type, data) => {
    expect(rejectionOf(() => inReview().send(type, 'reviewer', data)).reason).toBe('invalid-data');
  });

  it('cannot be signed while a review is pending', () => {
    const walker = inReview();
    walker.send('FINANCE_APPROVE', 'finance', {});
    const error = rejectionOf(() => walker.send('SIGN', 'leader', { signedOn: '2026-03-05', signatory: '张总' }));
    expect(error.reason).toBe('not-accepted');
    expect(error.acceptedEvents.sort()).toEqual(['LEGAL_APPROVE', 'LEGAL_RETURN']);
  });

  it('cannot be filed without a filing number', () => {
    const walker = inReview();
    walker.send('FINANCE_APPROVE', 'finance', {});
    walker.send('LEGAL_APPROVE', 'legal', {});
    walker.send('SIGN', 'leader', { signedOn: '2026-03-05', signatory: '张总' });
    expect(rejectionOf(() => walker.send('FILE', 'legal', {})).reason).toBe('invalid-data');
  });
});
