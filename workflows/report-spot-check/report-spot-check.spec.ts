import type { JsonObject, WorkflowSpec } from '@liucheng/engine';
import { loadDefinition } from '../testing/load-definition';
import { itIsAConventionalWorkflow } from '../testing/published-workflow.rules';
import { problemText, rejectionOf } from '../testing/rejection';
import { ScenarioWalker } from '../testing/run-scenario';
import { scenarios } from './report-spot-check.scenarios';

const spec = loadDefinition('report-spot-check');
const ids = [
  '00000000-0000-4000-8000-000000000001',
  '00000000-0000-4000-8000-000000000002',
  '00000000-0000-4000-8000-000000000003',
];
const falsified = (reportId: string, reporter = 'staff') => ({
  reportId,
  reporter,
  unit: '长沙项目部',
  findings: '客户未被拜访',
});

/** Started with a sample: call-backs are due. */
function sampled(input: JsonObject = { period: '2026-03', reportIds: ids }, definition: WorkflowSpec = spec) {
  const walker = ScenarioWalker.of(definition);
  walker.start(input, 'office');
  return walker;
}

describe('report-spot-check 报表抽查回访', () => {
  itIsAConventionalWorkflow(spec, scenarios);

  describe('sample: the listed report instances, each confirmed once', () => {
    it.each([
      [1, 'callingBack'],
      [2, 'callingBack'],
      [3, 'passed'],
    ])('after %i of 3 listed reports the check is %s', (count, state) => {
      const walker = sampled();
      for (const reportId of ids.slice(0, count)) walker.send('CONFIRM_TRUE', 'office', { reportId });
      expect(walker.current.state).toBe(state);
      expect(walker.current.context).toMatchObject({ sampleSize: 3, checkedCount: count });
    });

    it('takes the sample size from the number of listed reports', () => {
      const walker = sampled({ period: '2026-03', reportIds: [ids[0]] });
      expect(walker.current.context.sampleSize).toBe(1);
      expect(walker.send('CONFIRM_TRUE', 'office', { reportId: ids[0] }).state).toBe('passed');
    });

    it.each([
      ['CONFIRM_TRUE', { reportId: ids[0] }],
      ['CONFIRM_FALSIFIED', falsified(ids[0])],
    ])('refuses to confirm the same report twice (%s after a true call-back)', (type, data) => {
      const walker = sampled();
      walker.send('CONFIRM_TRUE', 'office', { reportId: ids[0] });
      const error = rejectionOf(() => walker.send(type, 'office', data));
      expect(error.reason).toBe('guard');
      expect(walker.current.context.checkedCount).toBe(1);
    });

    it('cannot pass by confirming one report three times', () => {
      const walker = sampled();
      walker.send('CONFIRM_TRUE', 'office', { reportId: ids[1] });
      rejectionOf(() => walker.send('CONFIRM_TRUE', 'office', { reportId: ids[1] }));
      rejectionOf(() => walker.send('CONFIRM_TRUE', 'office', { reportId: ids[1] }));
      expect(walker.current.state).toBe('callingBack');
      expect(walker.current.context.checkedReports).toHaveLength(1);
    });

    it('refuses a report that is not in the sample', () => {
      const error = rejectionOf(() =>
        sampled().send('CONFIRM_TRUE', 'office', { reportId: '00000000-0000-4000-8000-0000000000ff' }),
      );
      expect(error.reason).toBe('guard');
    });

    it('refuses a report id that is not an instance id', () => {
      const error = rejectionOf(() => sampled().send('CONFIRM_TRUE', 'office', { reportId: 'W2026-09-staff' }));
      expect(error.reason).toBe('invalid-data');
      expect(problemText(error)).toContain('reportId');
    });
  });

  describe('penalty for falsified reports (按《公司管理条例》进行严肃处罚)', () => {
    it('records one penalty per falsified report, with the amount from the context', () => {
      const walker = sampled(
        { period: '2026-03', reportIds: ids },
        { ...spec, context: { ...spec.context, penaltyPerFalsifiedReport: 300 } },
      );
      walker.send('CONFIRM_FALSIFIED', 'office', falsified(ids[0], 'staff'));
      walker.send('CONFIRM_TRUE', 'office', { reportId: ids[1] });
      const result = walker.send('CONFIRM_FALSIFIED', 'office', falsified(ids[2], 'sales'));
      expect(result.state).toBe('penaltyReview');
      expect(result.context).toMatchObject({
        falsifiedCount: 2,
        penaltyTotal: 600,
        penalties: [
          { person: 'staff', reportId: ids[0], amount: 300 },
          { person: 'sales', reportId: ids[2], amount: 300 },
        ],
      });
    });

    it('refuses a second penalty for a report already found falsified', () => {
      const walker = sampled();
      walker.send('CONFIRM_FALSIFIED', 'office', falsified(ids[0]));
      expect(rejectionOf(() => walker.send('CONFIRM_FALSIFIED', 'office', falsified(ids[0]))).reason).toBe('guard');
      expect(walker.current.context).toMatchObject({ falsifiedCount: 1, penaltyTotal: 100 });
    });

    it('tells finance once the leader confirms the penalties', () => {
      const walker = sampled({ period: '2026-03', reportIds: [ids[0]] });
      walker.send('CONFIRM_FALSIFIED', 'office', falsified(ids[0]));
      const result = walker.send('CONFIRM_PENALTIES', 'leader', {});
      expect(result.state).toBe('penalized');
      expect(result.effects).toContainEqual(expect.objectContaining({ kind: 'notify', to: 'role:finance' }));
    });
  });

  describe('rejections', () => {
    it.each([
      ['no reports', { period: '2026-03', reportIds: [] }, 'reportIds'],
      ['a report listed twice', { period: '2026-03', reportIds: [ids[0], ids[0]] }, 'reportIds'],
      ['a report that is not an instance id', { period: '2026-03', reportIds: ['W2026-09'] }, 'reportIds/0'],
      ['no report list', { period: '2026-03' }, 'reportIds'],
    ])('refuses to start with %s', (_name, input, field) => {
      const error = rejectionOf(() => ScenarioWalker.of(spec).start(input, 'office'));
      expect(error.reason).toBe('invalid-data');
      expect(problemText(error)).toContain(field);
    });

    it('refuses a falsified finding without the findings', () => {
      const { findings: _omitted, ...data } = falsified(ids[0]);
      const error = rejectionOf(() => sampled().send('CONFIRM_FALSIFIED', 'office', data));
      expect(error.reason).toBe('invalid-data');
      expect(problemText(error)).toContain('findings');
    });
  });
});
