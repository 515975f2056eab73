import type { JsonObject, WorkflowSpec } from '@liucheng/engine';
import { loadDefinition } from '../testing/load-definition';
import { itIsAConventionalWorkflow } from '../testing/published-workflow.rules';
import { problemText, rejectionOf } from '../testing/rejection';
import { ScenarioWalker } from '../testing/run-scenario';
import { scenarios } from './lead-report.scenarios';

const spec = loadDefinition('lead-report');
const input = { client: '客户乙', description: '新建园区需要综合布线', unit: '长沙项目部' };

function reported(definition: WorkflowSpec = spec, data: JsonObject = input): ScenarioWalker {
  const walker = ScenarioWalker.of(definition);
  walker.start(data, 'staff');
  return walker;
}

describe('lead-report 市场信息收集', () => {
  itIsAConventionalWorkflow(spec, scenarios);

  describe('信息属实，且未进入招标流程的，可加分', () => {
    it.each([
      [true, false, 'credited', 1],
      [true, true, 'rejectedTendering', 0],
      [false, false, 'rejectedFalse', 0],
      [false, true, 'rejectedFalse', 0],
    ])('isTrue %s, inTendering %s -> %s with %i point(s)', (isTrue, inTendering, state, points) => {
      const result = reported().send('VERIFY', 'bizdev', { isTrue, inTendering });
      expect(result.state).toBe(state);
      expect(result.status).toBe('done');
      expect(result.context.points).toBe(points);
    });

    it('credits the points per lead the process owner set in the context', () => {
      const walker = reported({ ...spec, context: { ...spec.context, pointsPerLead: 2 } });
      expect(walker.send('VERIFY', 'bizdev', { isTrue: true, inTendering: false }).context.points).toBe(2);
    });

    it('tells the reporter when the lead earns points', () => {
      const result = reported().send('VERIFY', 'bizdev', { isTrue: true, inTendering: false });
      expect(result.effects).toContainEqual(expect.objectContaining({ kind: 'notify', to: 'starter' }));
    });
  });

  describe('rejections', () => {
    it('refuses a supplement nobody asked for', () => {
      const error = rejectionOf(() => reported().send('SUPPLEMENT', 'staff', { answer: 'x' }));
      expect(error.reason).toBe('not-accepted');
      expect(error.acceptedEvents.sort()).toEqual(['REQUEST_INFO', 'VERIFY']);
    });

    it.each([
      ['inTendering', { isTrue: true }],
      ['isTrue', { isTrue: 'yes', inTendering: false }],
    ])('refuses a verification with a bad %s', (field, data) => {
      const error = rejectionOf(() => reported().send('VERIFY', 'bizdev', data));
      expect(error.reason).toBe('invalid-data');
      expect(problemText(error)).toContain(field);
    });

    it('refuses a lead without the unit to credit', () => {
      const error = rejectionOf(() => ScenarioWalker.of(spec).start({ client: 'c', description: 'd' }, 'staff'));
      expect(error.reason).toBe('invalid-data');
      expect(problemText(error)).toContain('unit');
    });
  });
});
