import { nextOccurrences, scheduleInput } from '@liucheng/engine';
import { chinaCalendar } from '../testing/china-calendar';
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

  it('starts by itself in the last week of December for every employee, with the year reviewed', () => {
    const [schedule] = spec.meta.schedules ?? [];
    expect(schedule.people).toEqual({ kind: 'everyone', exceptRoles: ['auditor', 'hq'] });
    const starts = nextOccurrences(schedule, new Date('2026-06-01T00:00:00+08:00'), 1, chinaCalendar);
    // Friday 25 Dec 2026 09:00 Beijing time: the first working day of 25–31 December.
    expect(starts.map((d) => d.toISOString())).toEqual(['2026-12-25T01:00:00.000Z']);
    expect(scheduleInput(schedule.input, starts[0])).toEqual({ year: 2026 });
    expect(ScenarioWalker.of(spec).start(scheduleInput(schedule.input, starts[0]), 'staff', starts[0]).state).toBe(
      'selfAssessment',
    );
  });

  describe('supervisor review up the manager chain (上级审核由公司领导填写, 依次)', () => {
    /** At the supervisor review, started by `starter`. */
    const inReview = (starter: string): ScenarioWalker => {
      const walker = ScenarioWalker.of(spec);
      walker.start({ year: 2026 }, starter);
      walker.send('SUBMIT_SELF_ASSESSMENT', starter, { selfScore: 80, comment: '完成' });
      walker.send('SUBMIT_SUMMARY', starter, { summary: '全年总结' });
      return walker;
    };
    const slots = (walker: ScenarioWalker) =>
      (
        walker.current.context.$approvals as {
          states: Record<string, { slots: Array<{ user: string; status: string }> }>;
        }
      ).states.supervisorReview.slots.map((s) => `${s.user}:${s.status}`);

    it.each([
      ['staff', ['leader:pending', 'hq:waiting']],
      ['staff2', ['leader:pending', 'hq:waiting']],
      ['branch-staff', ['hq:pending']],
    ])('for %s: %j', (starter, expected) => {
      const walker = inReview(starter);
      expect(walker.entries.at(-1)).toMatchObject({ type: '@approvers', actor: 'system' });
      expect(slots(walker)).toEqual(expected);
    });

    it('opens the next level only after the one below reviewed; the company leadership cannot go first', () => {
      const walker = inReview('staff');
      const first = rejectionOf(() => walker.send('REVIEW', 'hq', { rating: 'good', score: 80, comment: '越级' }));
      expect(first.errors[0].code).toBe('not-approver');
      const after = walker.send('REVIEW', 'leader', { rating: 'good', score: 80, comment: '同意' });
      expect(after.state).toBe('supervisorReview');
      expect(after.effects).toContainEqual(
        expect.objectContaining({ kind: 'openTask', statePath: 'supervisorReview', assignee: 'hq' }),
      );
      expect(slots(walker)).toEqual(['leader:approved', 'hq:pending']);
    });

    it('a return by the department head ends the round; the company leadership is never asked', () => {
      const walker = inReview('staff');
      expect(walker.send('RETURN', 'leader', { comment: '请补充' }).state).toBe('annualSummary');
      expect(slots(walker)).toEqual(['leader:rejected', 'hq:waiting']);
    });
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
