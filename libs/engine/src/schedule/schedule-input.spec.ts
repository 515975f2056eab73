import { scheduleInput } from './schedule-input';

describe('scheduleInput', () => {
  it('fills placeholders from the occurrence, in Asia/Shanghai days', () => {
    // 31 Dec 2026 17:00 Beijing time is 09:00 UTC; 1 Jan 2027 00:30 Beijing time is still 31 Dec in UTC.
    expect(
      scheduleInput(
        { week: '{weekStart}/{weekEnd}', day: '{date}', month: '{month}', last: '{previousMonth}', year: '{year}' },
        new Date('2026-12-31T09:00:00Z'),
      ),
    ).toEqual({ week: '2026-12-28/2027-01-03', day: '2026-12-31', month: '2026-12', last: '2026-11', year: 2026 });
    expect(
      scheduleInput({ month: '{previousMonth}', year: '{previousYear}' }, new Date('2026-12-31T16:30:00Z')),
    ).toEqual({
      month: '2026-12',
      year: 2026,
    });
  });

  it('keeps other values and unknown placeholders as they are, and nested objects are filled', () => {
    expect(
      scheduleInput(
        { n: 3, text: 'Week of {weekStart} {x}', nested: { y: ['{year}'] } },
        new Date('2026-10-08T00:00:00Z'),
      ),
    ).toEqual({ n: 3, text: 'Week of 2026-10-05 {x}', nested: { y: [2026] } });
    expect(scheduleInput(undefined, new Date())).toEqual({});
  });
});
