import { proxyRange, proxyRangeState } from './proxy-range';

describe('proxyRange', () => {
  it('sends Shanghai midnights, the end the day after the last day', () => {
    expect(proxyRange('2026-12-01', '2026-12-03')).toEqual({
      startsAt: '2026-12-01T00:00:00+08:00',
      endsAt: '2026-12-04T00:00:00+08:00',
    });
  });

  it('crosses month and year ends', () => {
    expect(proxyRange('2026-12-31', '2026-12-31').endsAt).toBe('2027-01-01T00:00:00+08:00');
    expect(proxyRange('2028-02-28', '2028-02-28').endsAt).toBe('2028-02-29T00:00:00+08:00');
  });
});

describe('proxyRangeState', () => {
  const range = { startsAt: '2026-12-01T00:00:00+08:00', endsAt: '2026-12-04T00:00:00+08:00', cancelledAt: null };

  it.each([
    ['2026-11-30T15:59:59Z', 'upcoming'],
    ['2026-11-30T16:00:00Z', 'active'],
    ['2026-12-03T15:59:59Z', 'active'],
    ['2026-12-03T16:00:00Z', 'ended'],
  ])('at %s is %s', (now, state) => {
    expect(proxyRangeState(range, new Date(now))).toBe(state);
  });

  it('a cancelled range is cancelled whatever the time', () => {
    expect(proxyRangeState({ ...range, cancelledAt: '2026-11-01T00:00:00Z' }, new Date('2026-12-02T00:00:00Z'))).toBe(
      'cancelled',
    );
  });
});
