import { isDelayKey, isDueText } from './delay-text';

describe('delay texts', () => {
  const registry = [{ name: 'oneDay' }] as never[];

  it.each([['P3D'], ['PT4H'], ['3600000'], ['context.window'], ['oneDay'], ['settlementDeadline']])(
    'takes %s as an after key when the definition names its working delays',
    (text) => expect(isDelayKey(text, registry, ['settlementDeadline'])).toBe(true),
  );

  it('refuses a name that is no delay of the definition', () => {
    expect(isDelayKey('settlementDeadline', registry)).toBe(false);
    expect(isDelayKey('soon', registry, ['settlementDeadline'])).toBe(false);
  });

  it('takes a working delay name as a task due (weekly report: weekEnd)', () => {
    expect(isDueText('weekEnd', ['weekEnd'])).toBe(true);
    expect(isDueText('weekEnd')).toBe(false);
    expect(isDueText('P7D')).toBe(true);
  });
});
