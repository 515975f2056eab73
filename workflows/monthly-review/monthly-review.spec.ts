import { loadDefinition } from '../testing/load-definition';
import { itIsAConventionalWorkflow } from '../testing/published-workflow.rules';
import { problemText, rejectionOf } from '../testing/rejection';
import { ScenarioWalker } from '../testing/run-scenario';
import { scenarios } from './monthly-review.scenarios';

const spec = loadDefinition('monthly-review');

function selfAssessed(): ScenarioWalker {
  const walker = ScenarioWalker.of(spec);
  walker.start({ month: '2026-02' }, 'staff');
  walker.send('SUBMIT_SELF_ASSESSMENT', 'staff', { items: [{ name: '业绩', score: 80 }], comment: '自评' });
  return walker;
}

describe('monthly-review 月度考核', () => {
  itIsAConventionalWorkflow(spec, scenarios);

  describe('百分制: the reviewed score is the sum of the items, at most 100', () => {
    it.each([
      [[60, 39.5], 99.5],
      [[60, 40], 100],
      [[60, 40.5], 100],
      [[0], 0],
    ])('items %j -> %d', (scores, expected) => {
      const items = scores.map((score, i) => ({ name: `项目${i + 1}`, score }));
      const result = selfAssessed().send('REVIEW', 'leader', { items });
      expect(result.state).toBe('completed');
      expect(result.context.score).toBe(expected);
    });

    it('tells finance the result that the performance pay is based on', () => {
      const result = selfAssessed().send('REVIEW', 'leader', { items: [{ name: '业绩', score: 90 }] });
      expect(result.effects).toContainEqual(expect.objectContaining({ kind: 'notify', to: 'role:finance' }));
    });
  });

  describe('rejections', () => {
    it('refuses a supervisor score before the self-assessment', () => {
      const walker = ScenarioWalker.of(spec);
      walker.start({ month: '2026-02' }, 'staff');
      const error = rejectionOf(() => walker.send('REVIEW', 'leader', { items: [{ name: 'x', score: 1 }] }));
      expect(error.reason).toBe('not-accepted');
      expect(error.acceptedEvents).toEqual(['SUBMIT_SELF_ASSESSMENT']);
    });

    it.each([
      ['score', { items: [{ name: '业绩', score: 101 }] }],
      ['items', { items: [] }],
    ])('refuses a review with a bad %s', (field, data) => {
      const error = rejectionOf(() => selfAssessed().send('REVIEW', 'leader', data));
      expect(error.reason).toBe('invalid-data');
      expect(problemText(error)).toContain(field);
    });

    it('refuses a month that does not exist', () => {
      const error = rejectionOf(() => ScenarioWalker.of(spec).start({ month: '2026-13' }, 'staff'));
      expect(error.reason).toBe('invalid-data');
      expect(problemText(error)).toContain('month');
    });
  });
});
