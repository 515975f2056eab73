import { normalizeNumberText, numberFromText, textForNumber, textMatchesValue } from './number-text';

describe('numberFromText', () => {
  it.each<[string, number | string | undefined]>([
    ['-760', -760],
    ['\u2212760', -760],
    ['\uff0d\uff17\uff16\uff10', -760],
    ['760.5', 760.5],
    ['1.', 1],
    ['.5', 0.5],
    ['  42 ', 42],
    ['1e3', 1000],
    ['', undefined],
    ['   ', undefined],
  ])('%j -> %j', (text, expected) => {
    expect(numberFromText(text)).toBe(expected);
  });

  it.each(['abc', '12abc', '1,000', '--1', '1e999'])('keeps %j as typed so the check says it is no number', (text) => {
    expect(numberFromText(text)).toBe(text);
  });

  it('never clamps or rounds: the minimum and the integer check are the validator’s job', () => {
    expect(numberFromText('-0.001')).toBe(-0.001);
    expect(numberFromText('3.7')).toBe(3.7);
  });
});

describe('textMatchesValue', () => {
  it('keeps a text that spells the current value', () => {
    expect(textMatchesValue('1.50', 1.5)).toBe(true);
    expect(textMatchesValue('abc', 'abc')).toBe(true);
    expect(textMatchesValue('', undefined)).toBe(true);
  });

  it('takes a value set from elsewhere', () => {
    expect(textMatchesValue('3', 4)).toBe(false);
    expect(textMatchesValue('', 0)).toBe(false);
  });
});

describe('textForNumber and normalizeNumberText', () => {
  it('shows numbers and strings as they are, nothing for none', () => {
    expect(textForNumber(-760)).toBe('-760');
    expect(textForNumber('x')).toBe('x');
    expect(textForNumber(undefined)).toBe('');
  });

  it('turns full-width digits and signs into ASCII', () => {
    expect(normalizeNumberText(' \uff11\uff12\uff0e\uff15 ')).toBe('12.5');
  });
});
