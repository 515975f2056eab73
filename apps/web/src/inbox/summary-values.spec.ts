import { summaryText } from './summary-values';

const label = { zh: '金额', en: 'Amount' };

describe('summaryText', () => {
  it('writes money as ¥1,234.00 in both languages', () => {
    expect(summaryText({ label, value: 1234, format: 'money' }, 'zh-CN')).toBe('¥1,234.00');
    expect(summaryText({ label, value: 1234.5, format: 'money' }, 'en')).toBe('¥1,234.50');
    expect(summaryText({ label, value: -760, format: 'money' }, 'en')).toBe('-¥760.00');
  });

  it('writes a day in the language, text as it is', () => {
    expect(summaryText({ label, value: '2026-03-09', format: 'date' }, 'en')).toBe('March 9, 2026');
    expect(summaryText({ label, value: '2026-03-09', format: 'date' }, 'zh-CN')).toBe('2026年3月9日');
    expect(summaryText({ label, value: '办公椅', format: 'text' }, 'en')).toBe('办公椅');
  });
});
