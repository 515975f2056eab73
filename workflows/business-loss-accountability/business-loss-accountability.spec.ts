import { loadDefinition } from '../testing/load-definition';
import { itIsAConventionalWorkflow } from '../testing/published-workflow.rules';
import { problemText, rejectionOf } from '../testing/rejection';
import { ScenarioWalker } from '../testing/run-scenario';
import { scenarios } from './business-loss-accountability.scenarios';

const spec = loadDefinition('business-loss-accountability');
const input = {
  unit: '衡阳项目部',
  businessArea: '衡阳本地网',
  client: '客户丙',
  lostBusiness: '基站配套',
  lostAmount: 0,
};

function analysed(): ScenarioWalker {
  const walker = ScenarioWalker.of(spec);
  walker.start(input, 'bizdev');
  walker.send('SUBMIT_ANALYSIS', 'project', { cause: 'price', analysis: '报价偏高', measures: '优化成本' });
  return walker;
}

describe('business-loss-accountability 业务流失问责', () => {
  itIsAConventionalWorkflow(spec, scenarios);

  describe('对责任单位和责任人实行问责', () => {
    it.each([
      [0, 0, 0],
      [1000, 0, 1000],
      [1500.5, 200, 1700.5],
    ])('unit %d + person %d -> penalty total %d, one record each', (unitPenalty, personPenalty, total) => {
      const result = analysed().send('HOLD_ACCOUNTABLE', 'hq', {
        person: 'sales',
        unitPenalty,
        personPenalty,
        reason: 'r',
      });
      expect(result.context.penaltyTotal).toBe(total);
      expect(result.context.penalties).toEqual([
        {
          against: 'unit',
          unit: '衡阳项目部',
          person: 'sales',
          amount: unitPenalty,
          reason: 'r',
          at: expect.any(String),
          by: 'hq',
        },
        {
          against: 'person',
          unit: '衡阳项目部',
          person: 'sales',
          amount: personPenalty,
          reason: 'r',
          at: expect.any(String),
          by: 'hq',
        },
      ]);
      expect(result.effects).toContainEqual(expect.objectContaining({ kind: 'notify', to: 'role:finance' }));
    });
  });

  describe('rejections', () => {
    it('refuses a responsibility decision before the cause is analysed', () => {
      const walker = ScenarioWalker.of(spec);
      walker.start(input, 'bizdev');
      const error = rejectionOf(() => walker.send('NO_FAULT', 'hq', { reason: 'x' }));
      expect(error.reason).toBe('not-accepted');
      expect(error.acceptedEvents).toEqual(['SUBMIT_ANALYSIS']);
    });

    it.each([
      ['personPenalty', { person: 'sales', unitPenalty: 100, personPenalty: -1, reason: 'r' }],
      ['person', { unitPenalty: 100, personPenalty: 1, reason: 'r' }],
    ])('refuses a penalty with a bad %s', (field, data) => {
      const error = rejectionOf(() => analysed().send('HOLD_ACCOUNTABLE', 'hq', data));
      expect(error.reason).toBe('invalid-data');
      expect(problemText(error)).toContain(field);
    });

    it('refuses an unknown cause', () => {
      const walker = ScenarioWalker.of(spec);
      walker.start(input, 'bizdev');
      const error = rejectionOf(() =>
        walker.send('SUBMIT_ANALYSIS', 'project', { cause: 'bad luck', analysis: 'a', measures: 'm' }),
      );
      expect(error.reason).toBe('invalid-data');
      expect(problemText(error)).toContain('cause');
    });
  });
});
