import { analyticsHeat, heatColour } from './heat';

describe('heatColour', () => {
  it('runs from light (short) to red (the longest median)', () => {
    expect(heatColour(0, 10)).toBe('rgb(255, 247, 230)');
    expect(heatColour(10, 10)).toBe('rgb(255, 120, 117)');
    expect(heatColour(5, 10)).toBe('rgb(255, 184, 174)');
    expect(heatColour(5, 0)).toBe('rgb(255, 247, 230)');
  });
});

describe('analyticsHeat', () => {
  it('colours states with finished stays only, by their median against the longest', () => {
    const heat = analyticsHeat(
      {
        writing: { count: 2, current: 0, medianMs: 100, p90Ms: 200 },
        review: { count: 1, current: 1, medianMs: 50, p90Ms: 50 },
        accepted: { count: 0, current: 3, medianMs: null, p90Ms: null },
      },
      (state, stay) => ({ badge: `${state}:${stay.medianMs}`, detail: String(stay.count) }),
    );
    expect(heat).toEqual({
      writing: { colour: 'rgb(255, 120, 117)', badge: 'writing:100', detail: '2' },
      review: { colour: 'rgb(255, 184, 174)', badge: 'review:50', detail: '1' },
    });
  });
});
