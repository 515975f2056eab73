import { notAfterToday, notAfterTodayGuard } from './not-after-today.guard';

describe('notAfterToday guard (日期不晚于今天)', () => {
  it('compares with the Beijing day of the event', () => {
    // 16:30 UTC on 1 March is 00:30 on 2 March in Beijing.
    expect(notAfterToday('2026-03-02', new Date('2026-03-01T16:30:00Z'))).toBe(true);
    expect(notAfterToday('2026-03-02', new Date('2026-03-01T15:59:00Z'))).toBe(false);
    expect(notAfterToday('2026-02-27', new Date('2026-03-02T01:00:00Z'))).toBe(true);
    expect(notAfterToday('next Friday', new Date('2026-03-02T01:00:00Z'))).toBe(false);
    expect(notAfterToday(undefined, new Date('2026-03-02T01:00:00Z'))).toBe(false);
  });

  it('reads the field from the event', () => {
    const args = (hostedOn: string) => ({
      context: {},
      event: { type: 'HOSTED', data: { hostedOn }, at: '2026-03-02T01:00:00.000Z' },
    });
    const params = { field: 'event.data.hostedOn' };
    expect(notAfterTodayGuard.evaluate(args('2026-03-02'), params, {} as never)).toBe(true);
    expect(notAfterTodayGuard.evaluate(args('2026-03-03'), params, {} as never)).toBe(false);
  });
});
