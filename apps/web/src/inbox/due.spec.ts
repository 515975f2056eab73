import { dueLevel, relativeTime } from './due';

const NOW = Date.parse('2026-03-10T12:00:00.000Z');

describe('dueLevel', () => {
  it.each([
    [null, 'none'],
    ['not a date', 'none'],
    ['2026-03-10T11:59:59.000Z', 'overdue'],
    ['2026-03-10T12:00:00.000Z', 'overdue'],
    ['2026-03-10T12:00:01.000Z', 'soon'],
    ['2026-03-11T12:00:00.000Z', 'soon'],
    ['2026-03-11T12:00:01.000Z', 'later'],
    ['2026-04-01T00:00:00.000Z', 'later'],
  ] as const)('%s -> %s', (dueAt, expected) => {
    expect(dueLevel(dueAt, NOW)).toBe(expected);
  });
});

describe('relativeTime', () => {
  it.each([
    ['2026-03-13T12:00:00.000Z', 'en', 'in 3 days'],
    ['2026-03-13T12:00:00.000Z', 'zh-CN', '3天后'],
    ['2026-03-08T12:00:00.000Z', 'en', '2 days ago'],
    ['2026-03-08T12:00:00.000Z', 'zh-CN', '前天'],
    ['2026-03-10T17:00:00.000Z', 'en', 'in 5 hours'],
    ['2026-03-10T11:30:00.000Z', 'en', '30 minutes ago'],
    ['2026-03-10T11:30:00.000Z', 'zh-CN', '30分钟前'],
  ] as const)('%s in %s -> %s', (at, language, expected) => {
    expect(relativeTime(at, NOW, language)).toBe(expected);
  });

  it('returns unparseable text unchanged', () => {
    expect(relativeTime('soon', NOW, 'en')).toBe('soon');
  });
});
