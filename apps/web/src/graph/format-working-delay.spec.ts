import { formatDelay } from './format-delay';
import { formatWorkingDelay } from './format-working-delay';

const label = (path: string) =>
  ({ 'context.hostedOn': '招待日期', 'context.weekEnding': '本周截止日期' })[path] ?? path;

describe('working-time delays in words', () => {
  it('words working days, hours and calendar boundaries, with where they count from', () => {
    expect(formatWorkingDelay({ working: 'P3D', from: 'context.hostedOn' }, 'zh-CN', label)).toBe(
      '3个工作日（自 招待日期 起）',
    );
    expect(formatWorkingDelay({ working: 'P1D' }, 'en')).toBe('1 working day');
    expect(formatWorkingDelay({ working: 'PT4H30M' }, 'zh-CN')).toBe('4.5个工作小时');
    expect(formatWorkingDelay({ until: 'end-of-working-week', from: 'context.weekEnding' }, 'zh-CN', label)).toBe(
      '工作周结束（自 本周截止日期 起）',
    );
    expect(formatWorkingDelay({ until: 'end-of-working-week', from: 'entry' }, 'en')).toBe('end of the working week');
  });

  it('is what the diagram shows for an after key naming a working delay', () => {
    const delays = { settle: { working: 'context.settlementWindow', from: 'context.hostedOn' } };
    expect(formatDelay('settle', 'zh-CN', [], label, delays)).toBe(
      'context.settlementWindow（工作时间）（自 招待日期 起）',
    );
    expect(formatDelay('P3D', 'zh-CN', [], label, delays)).toBe('3天');
  });
});
