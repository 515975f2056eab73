import { loadDefinition } from '../testing/load-definition';
import { itIsAConventionalWorkflow } from '../testing/published-workflow.rules';
import { problemText, rejectionOf } from '../testing/rejection';
import { ScenarioWalker } from '../testing/run-scenario';
import { reviewedSteps, scenarios } from './annual-review.scenarios';

const spec = loadDefinition('annual-review');

function walkTo(rating: string): ScenarioWalker {
  const walker = ScenarioWalker.of(spec);
  walker.start({ year: 2026 }, 'staff');
  for (const s of reviewedSteps(rating, 75)) walker.apply(s);
  return walker;
}

describe('annual-review 年度考核', () => {
  itIsAConventionalWorkflow(spec, scenarios);

  it('says when it starts: the last week of December', () => {
    expect(spec.meta.schedule).toMatchObject({ cron: '0 9 24 12 *', timezone: 'Asia/Shanghai' });
  });

  describe('rating guard: 优秀 -> 奖励或晋升, 较差 -> 培训、调岗或解除职务, otherwise filed', () => {
    it.each([
      ['excellent', 'rewardDecision', 'running', ['PROMOTE', 'REWARD']],
      ['good', 'archived', 'done', []],
      ['fair', 'archived', 'done', []],
      ['poor', 'improvementDecision', 'running', ['CHANGE_POSITION', 'DISMISS', 'TRAIN']],
    ])('%s -> %s', (rating, state, status, accepted) => {
      const walker = walkTo(rating);
      expect(walker.current.state).toBe(state);
      expect(walker.current.status).toBe(status);
      expect([...walker.current.acceptedEvents].sort()).toEqual(accepted);
    });

    it('asks the office to file the result in the performance file', () => {
      const result = walkTo('good').current;
      expect(result.context.archived).toBe(true);
      expect(result.effects).toContainEqual(expect.objectContaining({ kind: 'notify', to: 'role:office' }));
    });

    it('gives the self-assessment the last week of December as its due time', () => {
      const walker = ScenarioWalker.of(spec);
      const result = walker.start({ year: 2026 }, 'staff');
      expect(result.effects).toContainEqual(
        expect.objectContaining({ kind: 'openTask', statePath: 'selfAssessment', dueAt: '2026-03-09T01:00:00.000Z' }),
      );
    });
  });

  describe('rejections', () => {
    it('refuses a decision that does not fit the rating', () => {
      const error = rejectionOf(() => walkTo('excellent').send('DISMISS', 'hq', { reason: 'x' }));
      expect(error.reason).toBe('not-accepted');
      expect([...error.acceptedEvents].sort()).toEqual(['PROMOTE', 'REWARD']);
    });

    it('refuses a rating outside the scale', () => {
      const walker = ScenarioWalker.of(spec);
      walker.start({ year: 2026 }, 'staff');
      walker.send('SUBMIT_SELF_ASSESSMENT', 'staff', { selfScore: 80, comment: 'c' });
      walker.send('SUBMIT_SUMMARY', 'staff', { summary: 's' });
      const error = rejectionOf(() =>
        walker.send('REVIEW', 'leader', { rating: 'outstanding', score: 99, comment: 'c' }),
      );
      expect(error.reason).toBe('invalid-data');
      expect(problemText(error)).toContain('rating');
    });

    it('refuses next year without goals', () => {
      const walker = ScenarioWalker.of(spec);
      walker.start({ year: 2026 }, 'staff');
      for (const s of reviewedSteps('good', 80).slice(0, 3)) walker.apply(s);
      const error = rejectionOf(() => walker.send('SUBMIT_GOALS', 'staff', { goals: [] }));
      expect(error.reason).toBe('invalid-data');
      expect(problemText(error)).toContain('goals');
    });
  });
});
