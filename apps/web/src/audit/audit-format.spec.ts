import { formatShanghai } from './audit-format';

describe('formatShanghai', () => {
  it('writes the Shanghai wall-clock time (UTC+8), past midnight into the next day', () => {
    expect(formatShanghai('2026-05-04T17:00:00.000Z', 'zh-CN')).toContain('2026年5月5日');
    expect(formatShanghai('2026-05-04T17:00:00.000Z', 'zh-CN')).toContain('01:00:00');
    expect(formatShanghai('2026-05-04T17:00:00.000Z', 'en')).toMatch(/May 5, 2026.*01:00:00/);
    expect(formatShanghai(undefined, 'en')).toBe('—');
  });
});
