import type { JsonObject, WorkflowSpec } from '@liucheng/engine';
import { loadDefinition } from '../testing/load-definition';
import { itIsAConventionalWorkflow } from '../testing/published-workflow.rules';
import { problemText, rejectionOf } from '../testing/rejection';
import { ScenarioWalker } from '../testing/run-scenario';
import { scenarios } from './report-spot-check.scenarios';

const spec = loadDefinition('report-spot-check');
const reports = [{ reportRef: 'R1', reporter: 'staff', unit: '长沙项目部' }];
const falsified = (ref: string, reporter = 'staff') => ({
  reportRef: ref,
  reporter,
  unit: '长沙项目部',
  findings: '客户未被拜访',
});

/** Started and sampled: call-backs are due. */
function sampled(input: JsonObject = { period: '2026-03' }, definition: WorkflowSpec = spec): ScenarioWalker {
  const walker = ScenarioWalker.of(definition);
  walker.start(input, 'office');
  walker.send('SAMPLE', 'office', { reports });
  return walker;
}

describe('report-spot-check 报表抽查回访', () => {
  itIsAConventionalWorkflow(spec, scenarios);

  describe('sample size (a parameter, default 3)', () => {
    it.each([
      [1, 'callingBack'],
      [2, 'callingBack'],
      [3, 'passed'],
    ])('after %i call-back(s) of the default 3 the check is %s', (count, state) => {
      const walker = sampled();
      for (let i = 1; i <= count; i += 1) walker.send('CONFIRM_TRUE', 'office', { reportRef: `R${i}` });
      expect(walker.current.state).toBe(state);
      expect(walker.current.context.checkedCount).toBe(count);
    });

    it('takes the sample size from the start input when the office sets one', () => {
      const walker = sampled({ period: '2026-03', sampleSize: 1 });
      expect(walker.send('CONFIRM_TRUE', 'office', { reportRef: 'R1' }).state).toBe('passed');
    });
  });

  describe('penalty for falsified reports (按《公司管理条例》进行严肃处罚)', () => {
    it('records one penalty per falsified report, with the amount from the context', () => {
      const walker = sampled(
        { period: '2026-03' },
        { ...spec, context: { ...spec.context, penaltyPerFalsifiedReport: 300 } },
      );
      walker.send('CONFIRM_FALSIFIED', 'office', falsified('R1', 'staff'));
      walker.send('CONFIRM_TRUE', 'office', { reportRef: 'R2' });
      const result = walker.send('CONFIRM_FALSIFIED', 'office', falsified('R3', 'sales'));
      expect(result.state).toBe('penaltyReview');
      expect(result.context).toMatchObject({
        falsifiedCount: 2,
        penaltyTotal: 600,
        penalties: [
          { person: 'staff', reportRef: 'R1', amount: 300 },
          { person: 'sales', reportRef: 'R3', amount: 300 },
        ],
      });
    });

    it('tells finance once the leader confirms the penalties', () => {
      const walker = sampled({ period: '2026-03', sampleSize: 1 });
      walker.send('CONFIRM_FALSIFIED', 'office', falsified('R1'));
      const result = walker.send('CONFIRM_PENALTIES', 'leader', {});
      expect(result.state).toBe('penalized');
      expect(result.effects).toContainEqual(expect.objectContaining({ kind: 'notify', to: 'role:finance' }));
    });
  });

  describe('rejections', () => {
    it('refuses a call-back result before the sample is drawn', () => {
      const walker = ScenarioWalker.of(spec);
      walker.start({ period: '2026-03' }, 'office');
      const error = rejectionOf(() => walker.send('CONFIRM_TRUE', 'office', { reportRef: 'R1' }));
      expect(error.reason).toBe('not-accepted');
      expect(error.acceptedEvents).toEqual(['SAMPLE']);
    });

    it('refuses an empty sample', () => {
      const walker = ScenarioWalker.of(spec);
      walker.start({ period: '2026-03' }, 'office');
      const error = rejectionOf(() => walker.send('SAMPLE', 'office', { reports: [] }));
      expect(error.reason).toBe('invalid-data');
      expect(problemText(error)).toContain('reports');
    });

    it('refuses a falsified finding without the findings', () => {
      const { findings: _omitted, ...data } = falsified('R1');
      const error = rejectionOf(() => sampled().send('CONFIRM_FALSIFIED', 'office', data));
      expect(error.reason).toBe('invalid-data');
      expect(problemText(error)).toContain('findings');
    });

    it('refuses a sample size below 1', () => {
      const error = rejectionOf(() => ScenarioWalker.of(spec).start({ period: '2026-03', sampleSize: 0 }, 'office'));
      expect(error.reason).toBe('invalid-data');
      expect(problemText(error)).toContain('sampleSize');
    });
  });
});
