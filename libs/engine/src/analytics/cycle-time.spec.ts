import { percentile, stateStays, versionAnalytics } from './cycle-time';

const t = (minutes: number) => new Date(Date.UTC(2026, 2, 2, 0, minutes)).toISOString();
const min = 60_000;

describe('stateStays', () => {
  it('times each leaf from the entry that entered it to the entry that left it', () => {
    const stays = stateStays([
      { seq: 2, at: t(30), stateAfter: 'review' },
      { seq: 1, at: t(0), stateAfter: 'writing' },
      { seq: 3, at: t(45), stateAfter: 'review' },
      { seq: 4, at: t(50), stateAfter: 'accepted' },
    ]);
    expect(stays).toEqual([
      { state: 'writing', enteredAt: t(0), exitedAt: t(30), ms: 30 * min },
      { state: 'review', enteredAt: t(30), exitedAt: t(50), ms: 20 * min },
      { state: 'accepted', enteredAt: t(50), exitedAt: null, ms: null },
    ]);
  });

  it('gives parallel regions one stay each', () => {
    const stays = stateStays([
      { seq: 1, at: t(0), stateAfter: { checks: { legal: 'open', finance: 'open' } } },
      { seq: 2, at: t(10), stateAfter: { checks: { legal: 'done', finance: 'open' } } },
      { seq: 3, at: t(25), stateAfter: 'approved' },
    ]);
    expect(stays.map((s) => [s.state, s.ms])).toEqual([
      ['checks.legal.open', 10 * min],
      ['checks.finance.open', 25 * min],
      ['checks.legal.done', 15 * min],
      ['approved', null],
    ]);
  });
});

describe('percentile (nearest rank)', () => {
  it('picks a value that exists', () => {
    const values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect([percentile(values, 0.5), percentile(values, 0.9), percentile([7], 0.9), percentile([], 0.5)]).toEqual([
      5,
      9,
      7,
      null,
    ]);
  });
});

describe('versionAnalytics', () => {
  it('counts instances by status and state, times stays, and rates overdue tasks', () => {
    const walk = (writingMinutes: number, end: string) => [
      { seq: 1, at: t(0), stateAfter: 'writing' },
      { seq: 2, at: t(writingMinutes), stateAfter: end },
    ];
    const result = versionAnalytics({
      instances: [
        { status: 'done', state: 'accepted', history: walk(10, 'accepted') },
        { status: 'running', state: 'review', history: walk(30, 'review') },
        { status: 'running', state: 'writing', history: walk(0, 'writing').slice(0, 1) },
      ],
      tasks: [
        { dueAt: t(20), completedAt: t(10), status: 'done' },
        { dueAt: t(20), completedAt: t(30), status: 'done' },
        { dueAt: t(20), completedAt: null, status: 'open' },
        { dueAt: t(90), completedAt: null, status: 'open' },
        { dueAt: null, completedAt: null, status: 'open' },
      ],
      now: t(60),
    });
    expect(result).toEqual({
      instances: 3,
      byStatus: { done: 1, running: 2 },
      states: {
        writing: { count: 2, current: 1, medianMs: 10 * min, p90Ms: 30 * min },
        accepted: { count: 0, current: 1, medianMs: null, p90Ms: null },
        review: { count: 0, current: 1, medianMs: null, p90Ms: null },
      },
      tasksWithDue: 4,
      overdue: 2,
      overdueRate: 0.5,
    });
  });
});
