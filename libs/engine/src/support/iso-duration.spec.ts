import { addIsoDuration, isoDurationToMs, parseIsoDuration } from './iso-duration';

const H = 3_600_000;
const D = 24 * H;

describe('parseIsoDuration', () => {
  it.each([
    ['P3D', { days: 3 }],
    ['PT4H', { hours: 4 }],
    ['P1W', { weeks: 1 }],
    ['P1Y2M3DT4H5M6.5S', { years: 1, months: 2, days: 3, hours: 4, minutes: 5, seconds: 6.5 }],
    ['PT30M', { minutes: 30 }],
  ])('%s', (text, parts) => {
    expect(parseIsoDuration(text)).toEqual({
      years: 0,
      months: 0,
      weeks: 0,
      days: 0,
      hours: 0,
      minutes: 0,
      seconds: 0,
      ...parts,
    });
  });

  it.each(['', 'P', 'PT', '3D', 'P3', 'PT4D', 'P1H', 'p3d', 'P-1D', 'P1DT', 42, null])('rejects %p', (text) => {
    expect(parseIsoDuration(text)).toBeUndefined();
  });
});

describe('isoDurationToMs without a base date (year = 365 days, month = 30 days)', () => {
  it.each([
    ['PT4H', 4 * H],
    ['P3D', 3 * D],
    ['P1W', 7 * D],
    ['P1M', 30 * D],
    ['P1Y', 365 * D],
    ['P1DT0.5S', D + 500],
  ])('%s = %d ms', (text, ms) => {
    expect(isoDurationToMs(text)).toBe(ms);
  });
});

describe('calendar-correct months and years from a base date (UTC)', () => {
  it.each([
    ['2026-01-31T09:00:00.000Z', 'P1M', '2026-02-28T09:00:00.000Z'],
    ['2028-01-31T09:00:00.000Z', 'P1M', '2028-02-29T09:00:00.000Z'],
    ['2026-03-15T00:00:00.000Z', 'P1M', '2026-04-15T00:00:00.000Z'],
    ['2028-02-29T00:00:00.000Z', 'P1Y', '2029-02-28T00:00:00.000Z'],
    ['2026-11-30T12:00:00.000Z', 'P3MT1H', '2027-02-28T13:00:00.000Z'],
    ['2026-01-01T00:00:00.000Z', 'P1W2D', '2026-01-10T00:00:00.000Z'],
  ])('%s + %s = %s', (base, duration, expected) => {
    expect(addIsoDuration(new Date(base), duration).toISOString()).toBe(expected);
    expect(isoDurationToMs(duration, new Date(base))).toBe(Date.parse(expected) - Date.parse(base));
  });

  it('throws on text that is not a duration', () => {
    expect(() => addIsoDuration(new Date(0), 'three days')).toThrow('Not an ISO-8601 duration: three days');
  });
});
