import { formatMs } from './format-ms';

describe('formatMs', () => {
  it('picks the largest unit and one decimal, in the language', () => {
    expect(formatMs(9_000_000, 'zh-CN')).toBe('2.5 小时');
    expect(formatMs(90_000, 'en')).toBe('1.5 min');
    expect(formatMs(3 * 86_400_000, 'zh-CN')).toBe('3 天');
    expect(formatMs(400, 'en')).toBe('400 ms');
    expect(formatMs(0, 'zh-CN')).toBe('0 毫秒');
    expect(formatMs(null, 'en')).toBe('—');
  });
});
