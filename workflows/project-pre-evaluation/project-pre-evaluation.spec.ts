import type { JsonObject, WorkflowSpec } from '@liucheng/engine';
import { loadDefinition } from '../testing/load-definition';
import { itBehavesAsAPublishedWorkflow } from '../testing/published-workflow.rules';
import { rejectionOf } from '../testing/rejection';
import { ScenarioWalker } from '../testing/run-scenario';
import { outsideStaffInput, scenarios } from './project-pre-evaluation.scenarios';

const spec = loadDefinition('project-pre-evaluation');

const started = (input: JsonObject = outsideStaffInput, definition: WorkflowSpec = spec): ScenarioWalker => {
  const walker = ScenarioWalker.of(definition);
  walker.start(input, 'staff');
  return walker;
};

describe('project-pre-evaluation (单项工程前评估与立项)', () => {
  itBehavesAsAPublishedWorkflow(spec, scenarios);

  describe('利润率不得低于5%: the precondition of case 5 (争取到新的业务区其他业务的) only', () => {
    const newAreaOther = { ...outsideStaffInput, area: 'new', orderSource: 'other', wonBy: 'areaUnit' };

    it.each([
      ['exactly 5%', 'approval', 1_000_000, 950_000, 0.05],
      ['4.99%', 'refused', 1_000_000, 950_100, 0.0499],
      ['5.01%', 'approval', 1_000_000, 949_900, 0.0501],
      ['4.999% (does not round up to 5%)', 'refused', 1_000_000, 950_010, 0.0499],
      ['exactly 5% with fen that float arithmetic gets wrong', 'approval', 1_234.6, 1_172.87, 0.05],
    ])('case 5, margin %s -> %s', (_name, state, contractAmount, expectedCost, margin) => {
      const walker = started({ ...newAreaOther, contractAmount });
      const result = walker.send('EVALUATE', 'bizdev', { expectedCost });
      expect(result.state).toBe(state);
      expect(result.context.profitMargin).toBe(margin);
    });

    it.each([
      ['outside staff (1%)', {}, 'outsideStaff'],
      ['new area, construction-dept order (2%)', { area: 'new', orderSource: 'construction' }, 'newAreaConstruction'],
      ['other operator, outside staff (2%)', { market: 'operator' }, 'operatorOutsideStaff'],
      [
        'new operator market (2% of the share)',
        { market: 'operator', area: 'new', wonBy: 'areaUnit', winningShareAmount: 100_000 },
        'newOperatorMarket',
      ],
      ['existing area, own unit (no fee)', { orderSource: 'construction', wonBy: 'areaUnit' }, 'none'],
    ])('%s below 5%% still goes to approval, the margin shown for information', (_name, overrides, feeCase) => {
      const walker = started({ ...outsideStaffInput, ...overrides });
      const result = walker.send('EVALUATE', 'bizdev', { expectedCost: 990_000 });
      expect(result.state).toBe('approval');
      expect(result.context).toMatchObject({ feeCase, profitMargin: 0.01 });
      expect(result.context.rejectionReason).toBeUndefined();
    });

    it('shows the margin of the application as soon as it is submitted', () => {
      expect(started().current.context.profitMargin).toBe(0.1);
    });

    it('takes the minimum from the context, so a process owner can change it', () => {
      const edited = { ...spec, context: { ...spec.context, minProfitMargin: 0.04 } };
      const walker = started(newAreaOther, edited);
      expect(walker.send('EVALUATE', 'bizdev', { expectedCost: 950_100 }).state).toBe('approval');
    });

    it('tells the applicant when the margin is too low, and that it can be escalated', () => {
      const walker = started(newAreaOther);
      const result = walker.send('EVALUATE', 'bizdev', { expectedCost: 990_000 });
      expect(result.effects).toContainEqual(expect.objectContaining({ kind: 'notify', to: 'starter' }));
      expect(result.effects).toContainEqual(
        expect.objectContaining({
          kind: 'openTask',
          statePath: 'refused',
          task: expect.objectContaining({ assignee: 'starter' }),
        }),
      );
    });
  });

  describe('escalation of a refused application (上报公司领导)', () => {
    const refused = (): ScenarioWalker => {
      const walker = started();
      walker.send('EVALUATE', 'bizdev', { expectedCost: 900_000 });
      walker.send('REJECT', 'leader', { comment: '暂缓' });
      return walker;
    };

    it('requires a reason to escalate', () => {
      const error = rejectionOf(() => refused().send('ESCALATE', 'staff', {}));
      expect(error.reason).toBe('invalid-data');
    });

    it('gives the escalated decision to the company leadership (hq) and tells them', () => {
      const result = refused().send('ESCALATE', 'staff', { reason: '客户急需' });
      expect(result.state).toBe('escalation');
      expect(spec.states.escalation.meta?.task?.candidateRoles).toEqual(['hq']);
      expect(result.effects).toContainEqual(expect.objectContaining({ kind: 'notify', to: 'role:hq' }));
    });

    it('cannot be set up while refused: only escalating or accepting the refusal', () => {
      const error = rejectionOf(() => refused().send('SET_UP', 'project', { projectNo: 'LX-1' }));
      expect(error.reason).toBe('not-accepted');
      expect(error.acceptedEvents).toEqual(['ACCEPT_REFUSAL', 'ESCALATE']);
    });

    it('escalates only once: a rejection by the leadership ends it', () => {
      const walker = refused();
      walker.send('ESCALATE', 'staff', { reason: '客户急需' });
      const result = walker.send('REJECT', 'hq', { comment: '不同意' });
      expect(result.state).toBe('rejected');
      expect(result.status).toBe('done');
    });

    it('refuses an escalated approval without a fee when the fee is set case by case', () => {
      const walker = started({ ...outsideStaffInput, area: 'new', orderSource: 'other', wonBy: 'areaUnit' });
      walker.send('EVALUATE', 'bizdev', { expectedCost: 990_000 });
      walker.send('ESCALATE', 'staff', { reason: '战略项目' });
      const error = rejectionOf(() => walker.send('APPROVE', 'hq', { comment: '同意' }));
      expect(error.reason).toBe('guard');
      expect(walker.current.state).toBe('escalation');
    });
  });

  describe('业务费 by case', () => {
    it.each([
      [
        'existing area, other business, outside staff: 1% of contract',
        { wonBy: 'outsideStaff' },
        'outsideStaff',
        10_000,
      ],
      [
        'new area, construction-dept order: 2% of contract',
        { area: 'new', orderSource: 'construction', wonBy: 'areaUnit' },
        'newAreaConstruction',
        20_000,
      ],
      [
        'new area, construction-dept order won by outside staff: still 2%',
        { area: 'new', orderSource: 'construction' },
        'newAreaConstruction',
        20_000,
      ],
      [
        'operator market, outside staff: 2% of contract',
        { market: 'operator', wonBy: 'outsideStaff' },
        'operatorOutsideStaff',
        20_000,
      ],
      [
        'new operator market: 2% of winning share',
        { market: 'operator', area: 'new', winningShareAmount: 300_000 },
        'newOperatorMarket',
        6_000,
      ],
      [
        'new area, other business: case by case (0 until approved)',
        { area: 'new', orderSource: 'other' },
        'newAreaOther',
        0,
      ],
      ['existing area, own unit: no fee', { wonBy: 'areaUnit' }, 'none', 0],
    ])('%s', (_name, overrides, feeCase, fee) => {
      const context = started({ ...outsideStaffInput, ...overrides }).current.context;
      expect(context.feeCase).toBe(feeCase);
      expect(context.businessFee).toBe(fee);
    });

    it('rounds the fee to the fen (1% of 1,234,567.89 = 12,345.68)', () => {
      const walker = started({ ...outsideStaffInput, contractAmount: 1_234_567.89, expectedCost: 1_000_000 });
      expect(walker.current.context.businessFee).toBe(12_345.68);
    });

    it('refuses an approval without a fee when the fee is set case by case', () => {
      const walker = started({ ...outsideStaffInput, area: 'new', orderSource: 'other' });
      walker.send('EVALUATE', 'bizdev', { expectedCost: 900_000 });
      const error = rejectionOf(() => walker.send('APPROVE', 'leader', { comment: '同意' }));
      expect(error.reason).toBe('guard');
      expect(walker.current.state).toBe('approval');
    });

    it('ignores a fee the approver types for a case with a fixed rate', () => {
      const walker = started();
      walker.send('EVALUATE', 'bizdev', { expectedCost: 900_000 });
      expect(walker.send('APPROVE', 'leader', { businessFee: 99 }).context.businessFee).toBe(10_000);
    });
  });

  it.each([
    ['a new operator market without the winning share', { market: 'operator', area: 'new' }],
    ['a zero contract amount', { contractAmount: 0 }],
    ['an unknown area', { area: 'elsewhere' }],
  ])('refuses to start %s', (_name, overrides) => {
    const walker = ScenarioWalker.of(spec);
    expect(rejectionOf(() => walker.start({ ...outsideStaffInput, ...overrides }, 'staff')).reason).toBe(
      'invalid-data',
    );
  });

  it('cannot be set up before it is approved', () => {
    const error = rejectionOf(() => started().send('SET_UP', 'project', { projectNo: 'LX-1' }));
    expect(error.reason).toBe('not-accepted');
    expect(error.acceptedEvents).toEqual(['EVALUATE']);
  });

  it('requires a project number to set up', () => {
    const walker = started();
    walker.send('EVALUATE', 'bizdev', { expectedCost: 900_000 });
    walker.send('APPROVE', 'leader', {});
    expect(rejectionOf(() => walker.send('SET_UP', 'project', {})).reason).toBe('invalid-data');
  });
});
