import { formatShanghai, timeLeft } from './time-left';

const NOW = Date.parse('2026-03-02T00:00:00.000Z');

describe('timeLeft', () => {
  it('says hours left below a day, days from a day on, rounded down', () => {
    expect(timeLeft('2026-03-02T02:30:00.000Z', NOW)).toEqual({ overdue: false, unit: 'hour', count: 2 });
    expect(timeLeft('2026-03-02T23:59:00.000Z', NOW)).toEqual({ overdue: false, unit: 'hour', count: 23 });
    expect(timeLeft('2026-03-04T01:00:00.000Z', NOW)).toEqual({ overdue: false, unit: 'day', count: 2 });
  });

  it('says overdue once the time is reached', () => {
    expect(timeLeft('2026-03-01T00:00:00.000Z', NOW)).toEqual({ overdue: true, unit: 'day', count: 1 });
    expect(timeLeft('2026-03-02T00:00:00.000Z', NOW)).toEqual({ overdue: true, unit: 'minute', count: 1 });
    expect(timeLeft('2026-03-01T23:15:00.000Z', NOW)).toEqual({ overdue: true, unit: 'minute', count: 45 });
  });

  it('is null for a time it cannot read', () => {
    expect(timeLeft('soon', NOW)).toBeNull();
  });
});

describe('formatShanghai', () => {
  it('shows the time in Asia/Shanghai (UTC+8)', () => {
    expect(formatShanghai('2026-03-02T01:00:00.000Z', 'en')).toContain('9:00');
    expect(formatShanghai('2026-03-02T17:00:00.000Z', 'zh-CN')).toContain('2026年3月3日');
  });
});
