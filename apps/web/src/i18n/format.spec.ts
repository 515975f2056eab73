import { formatDateTime } from './format';

describe('formatDateTime', () => {
  it('reads a moment in Asia/Shanghai, not in the machine’s time zone', () => {
    // 16:30 UTC is half past midnight of the next day in Beijing.
    expect(formatDateTime('2026-12-01T16:30:00Z', 'zh-CN')).toBe('2026年12月2日 00:30:00');
    expect(formatDateTime('2026-12-01T16:30:00Z', 'en')).toBe('Dec 2, 2026, 12:30:00 AM');
  });

  it('shows — for nothing and an unreadable value as it is', () => {
    expect(formatDateTime(undefined, 'zh-CN')).toBe('—');
    expect(formatDateTime('not a date', 'en')).toBe('not a date');
  });
});
