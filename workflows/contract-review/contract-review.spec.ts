import { loadDefinition } from '../testing/load-definition';
import { itBehavesAsAPublishedWorkflow } from '../testing/published-workflow.rules';
import { rejectionOf } from '../testing/rejection';
import { ScenarioWalker } from '../testing/run-scenario';
import { scenarios } from './contract-review.scenarios';

const spec = loadDefinition('contract-review');
const signed = { contractTitle: '合同', contractNo: 'HT-1', signedOn: '2026-03-05', signatory: '王经理' };

/** An instance signed by `starter`, now with finance and legal. */
const inReview = (starter = 'sales'): ScenarioWalker => {
  const walker = ScenarioWalker.of(spec);
  walker.start({ subject: '测试合同', counterparty: '某公司' }, starter);
  walker.send('NEGOTIATED', starter, { counterparty: '某公司', amount: 100, keyTerms: '条款' });
  walker.send('SIGN', starter, signed);
  return walker;
};
const reviewTasks = (walker: ScenarioWalker) =>
  walker.current.effects.flatMap((e) => (e.kind === 'openTask' ? [`${e.statePath}:${e.assignee}`] : []));

describe('contract-review (合同洽谈、签订、审核与备案)', () => {
  itBehavesAsAPublishedWorkflow(spec, scenarios);

  it('the business person who negotiated signs (the starter), not the leader', () => {
    const walker = ScenarioWalker.of(spec);
    const started = walker.start({ subject: '测试合同', counterparty: '某公司' }, 'sales');
    expect(started.effects).toContainEqual(expect.objectContaining({ kind: 'openTask', statePath: 'negotiation' }));
    const result = walker.send('NEGOTIATED', 'sales', { counterparty: '某公司', amount: 100, keyTerms: '条款' });
    expect(result.effects).toContainEqual(
      expect.objectContaining({
        kind: 'openTask',
        statePath: 'signing',
        task: expect.objectContaining({ assignee: 'starter' }),
      }),
    );
  });

  it.each([
    ['head office staff', 'staff', ['review:finance', 'review:legal']],
    ['the county branch', 'branch-staff', ['review:branch-finance', 'review:legal']],
  ])("opens one task each for finance and legal (会签), finance of the starter's unit: %s", (_who, starter, tasks) => {
    expect(reviewTasks(inReview(starter))).toEqual(tasks);
  });

  it('urges the reviewer who has not decided at the 3-day deadline, then daily twice more; nothing decides for them', () => {
    const walker = inReview();
    const opened = walker.now.getTime();
    const day = 24 * 60 * 60 * 1000;
    expect(walker.current.effects).toContainEqual(
      expect.objectContaining({
        kind: 'scheduleTimer',
        timerId: '@remind.review',
        dueAt: new Date(opened + 3 * day).toISOString(),
      }),
    );
    walker.send('APPROVE', 'legal', {});
    const urged = [1, 2, 3].map(() => walker.send('@remind.review', 'system'));
    expect(urged.map((r) => r.effects.flatMap((e) => (e.kind === 'notify' ? [e.to] : [])))).toEqual([
      ['user:finance'],
      ['user:finance'],
      ['user:finance'],
    ]);
    expect(urged[2].effects.some((e) => e.kind === 'scheduleTimer')).toBe(false);
    expect(urged[2].state).toBe('review');
    expect(rejectionOf(() => walker.send('@remind.review', 'system'))).toMatchObject({ reason: 'not-accepted' });
  });

  it('is filed only when both approved; one approval leaves it in review', () => {
    const walker = inReview();
    expect(walker.send('APPROVE', 'legal', {}).state).toBe('review');
    expect(walker.current.acceptedEvents.sort()).toEqual(['APPROVE', 'RETURN']);
    const filed = walker.send('APPROVE', 'finance', {});
    expect(filed.state).toBe('filed');
    expect(filed.context.filedAt).toBe(walker.now.toISOString());
  });

  it("a return closes the other reviewer's task and tells the negotiator", () => {
    const result = inReview().send('RETURN', 'finance', { comments: '请修改' });
    expect(result.state).toBe('negotiation');
    // Finance's own task is done; leaving the state closes legal's still-open one with it.
    const closed = result.effects.flatMap((e) => (e.kind === 'closeTask' ? [[e.statePath, e.slot, e.status]] : []));
    expect(closed).toEqual([
      ['review', '1.1', 'done'],
      ['review', undefined, expect.anything()],
    ]);
    expect(result.effects).toContainEqual(expect.objectContaining({ kind: 'notify', to: 'starter' }));
  });

  it.each([
    ['a return without comments', {}],
    ['a return with empty comments', { comments: '' }],
  ])('refuses %s', (_name, data) => {
    expect(rejectionOf(() => inReview().send('RETURN', 'legal', data)).reason).toBe('invalid-data');
  });

  it('refuses a decision from someone who is not a reviewer', () => {
    expect(rejectionOf(() => inReview().send('APPROVE', 'leader', {})).errors[0].code).toBe('not-approver');
  });

  it('sends back (驳回) only to negotiation or signing', () => {
    const error = rejectionOf(() =>
      inReview().send('@send-back', 'legal', { statePath: 'review', slot: '1.2', to: 'filed' }),
    );
    expect(error.errors[0].code).toBe('send-back-not-allowed');
  });

  it.each([
    ['without a contract number', { ...signed, contractNo: undefined }],
    ['with a blank contract number', { ...signed, contractNo: '   ' }],
    ['with a bad signing date', { ...signed, signedOn: '03/05/2026' }],
  ])('cannot be signed %s', (_name, data) => {
    const walker = ScenarioWalker.of(spec);
    walker.start({ subject: '测试合同', counterparty: '某公司' }, 'sales');
    walker.send('NEGOTIATED', 'sales', { counterparty: '某公司', amount: 100, keyTerms: '条款' });
    const clean = JSON.parse(JSON.stringify(data));
    expect(rejectionOf(() => walker.send('SIGN', 'sales', clean)).reason).toBe('invalid-data');
  });
});
