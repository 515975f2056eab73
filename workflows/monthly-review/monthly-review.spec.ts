import type { JsonSchema } from '@liucheng/engine';
import { loadDefinition } from '../testing/load-definition';
import { itIsAConventionalWorkflow } from '../testing/published-workflow.rules';
import { problemText, rejectionOf } from '../testing/rejection';
import { ScenarioWalker } from '../testing/run-scenario';
import { scenarios } from './monthly-review.scenarios';

const spec = loadDefinition('monthly-review');

const fullMarks = { results: 50, efficiency: 25, ability: 25 };

function selfAssessed(): ScenarioWalker {
  const walker = ScenarioWalker.of(spec);
  walker.start({ month: '2026-02' }, 'staff');
  walker.send('SUBMIT_SELF_ASSESSMENT', 'staff', {
    scores: { results: 40, efficiency: 20, ability: 20 },
    comment: '自评',
  });
  return walker;
}

describe('monthly-review 月度考核', () => {
  itIsAConventionalWorkflow(spec, scenarios);

  describe('百分制: each part scores 工作业绩 (50), 工作效率 (25), 工作能力 (25); the total is their sum', () => {
    it.each([
      [{ results: 50, efficiency: 25, ability: 24.5 }, 99.5],
      [fullMarks, 100],
      [{ results: 0, efficiency: 0, ability: 0 }, 0],
      [{ results: 33.3, efficiency: 12.1, ability: 0.1 }, 45.5],
    ])('reviewed scores %j -> total %d', (scores, total) => {
      const result = selfAssessed().send('REVIEW', 'leader', { scores });
      expect(result.state).toBe('completed');
      expect(result.context).toMatchObject({ reviewScores: scores, reviewTotal: total, selfTotal: 80 });
    });

    it('keeps the self-assessment total and the reviewed total apart', () => {
      const result = selfAssessed().send('REVIEW', 'leader', { scores: fullMarks });
      expect(result.context).toMatchObject({ selfTotal: 80, reviewTotal: 100 });
    });

    it('has item maximums that add up to the 100-point scale', () => {
      for (const event of ['SUBMIT_SELF_ASSESSMENT', 'REVIEW']) {
        const items = (spec.meta.events?.[event]?.schema as JsonSchema).properties as Record<string, JsonSchema>;
        const scoreItems = (items.scores.properties ?? {}) as Record<string, { maximum: number }>;
        const sum = Object.values(scoreItems).reduce((total, item) => total + item.maximum, 0);
        expect(sum).toBe(spec.context?.maxScore);
      }
    });

    it('tells finance the result that the performance pay is based on', () => {
      const result = selfAssessed().send('REVIEW', 'leader', { scores: fullMarks });
      expect(result.effects).toContainEqual(expect.objectContaining({ kind: 'notify', to: 'role:finance' }));
    });
  });

  describe('rejections', () => {
    it('refuses a supervisor score before the self-assessment', () => {
      const walker = ScenarioWalker.of(spec);
      walker.start({ month: '2026-02' }, 'staff');
      const error = rejectionOf(() => walker.send('REVIEW', 'leader', { scores: fullMarks }));
      expect(error.reason).toBe('not-accepted');
      expect(error.acceptedEvents).toEqual(['SUBMIT_SELF_ASSESSMENT']);
    });

    it.each([
      ['/scores/results', { scores: { ...fullMarks, results: 50.5 } }],
      ['/scores/efficiency', { scores: { ...fullMarks, efficiency: 70 } }],
      ['/scores/ability', { scores: { ...fullMarks, ability: -1 } }],
      ['/scores/ability', { scores: { results: 50, efficiency: 25 } }],
      ['/scores/other', { scores: { ...fullMarks, other: 5 } }],
      ['/scores', { scores: [] }],
    ])('refuses a review with a bad %s instead of capping it', (path, data) => {
      const walker = selfAssessed();
      const error = rejectionOf(() => walker.send('REVIEW', 'leader', data));
      expect(error.reason).toBe('invalid-data');
      expect(error.errors.map((e) => e.path)).toContain(path);
      expect(walker.current.state).toBe('supervisorReview');
    });

    it('refuses a self-assessment of 40 + 70 (it used to show as 100)', () => {
      const walker = ScenarioWalker.of(spec);
      walker.start({ month: '2026-02' }, 'staff');
      const data = { scores: { results: 40, efficiency: 70, ability: 0 }, comment: '自评' };
      const error = rejectionOf(() => walker.send('SUBMIT_SELF_ASSESSMENT', 'staff', data));
      expect(error.reason).toBe('invalid-data');
      expect(problemText(error)).toContain('efficiency');
    });

    it('refuses a month that does not exist', () => {
      const error = rejectionOf(() => ScenarioWalker.of(spec).start({ month: '2026-13' }, 'staff'));
      expect(error.reason).toBe('invalid-data');
      expect(problemText(error)).toContain('month');
    });
  });
});
