import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import 'dayjs/locale/zh-cn';
import { datePickerFormats, dayjsLocale } from './picker-format';

dayjs.extend(customParseFormat);

describe('picker formats', () => {
  it('shows a date the Chinese way in zh-CN and the English way in en', () => {
    const date = dayjs('2026-12-01');
    expect(date.format(datePickerFormats('zh-CN')[0])).toBe('2026年12月1日');
    expect(date.format(datePickerFormats('en')[0])).toBe('Dec 1, 2026');
  });

  it('accepts a typed ISO date in both languages', () => {
    for (const language of ['zh-CN', 'en'] as const)
      expect(dayjs('2026-12-01', datePickerFormats(language), true).isValid()).toBe(true);
  });

  it('names months and weekdays in Chinese under the zh-cn dayjs locale', () => {
    const date = dayjs('2026-12-01').locale(dayjsLocale('zh-CN'));
    expect(date.format('MMMM dd')).toBe('十二月 二');
    expect(dayjsLocale('en')).toBe('en');
  });
});
