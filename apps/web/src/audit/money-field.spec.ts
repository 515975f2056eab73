import { groupThousands, isMoneyField, moneyPaths } from './money-field';

describe('money fields', () => {
  const spec = { meta: { summary: [{ path: 'total', format: 'money' }, { path: 'item' }] } };

  it('follows the definition summary when there is one', () => {
    expect(moneyPaths(spec)).toEqual(['total']);
    expect(isMoneyField('total', spec)).toBe(true);
    expect(isMoneyField('amount', spec)).toBe(false);
  });

  it('takes a start-form money field as money, whatever its key', () => {
    const form = {
      meta: { input: { properties: { field2: { type: 'number', 'x-kind': 'money' }, n: { type: 'number' } } } },
    };
    expect(isMoneyField('field2', form)).toBe(true);
    expect(isMoneyField('n', form)).toBe(false);
    expect(isMoneyField('field2', { meta: { ...form.meta, ...spec.meta } })).toBe(true);
  });

  it('falls back to the amount naming without a summary', () => {
    expect(isMoneyField('estimatedAmount', undefined)).toBe(true);
    expect(isMoneyField('guestCount', {})).toBe(false);
    expect(isMoneyField(undefined, spec)).toBe(false);
  });
});

describe('groupThousands', () => {
  it('groups the whole part only', () => {
    expect(groupThousands('5000.00')).toBe('5,000.00');
    expect(groupThousands('1234567.1234')).toBe('1,234,567.1234');
    expect(groupThousands('-999')).toBe('-999');
  });
});
