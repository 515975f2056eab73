// What a typed number field sends to the form check: the value as typed, refused with the right
// message, never quietly turned into something acceptable.
import type { TFunction } from 'i18next';
import { validateForm } from '../tasks/form-validator';
import { numberFromText } from './number-text';

const t = ((key: string, options?: Record<string, unknown>) =>
  options ? `${key} ${JSON.stringify(options)}` : key) as unknown as TFunction;

const hosted = {
  type: 'object',
  required: ['actualAmount'],
  properties: { actualAmount: { type: 'number', minimum: 0 }, guestCount: { type: 'integer', minimum: 1 } },
};

describe('typed numbers through the form check', () => {
  it('−760 under minimum 0 stays −760 and is refused with the minimum', () => {
    const data = { actualAmount: numberFromText('−760') };
    expect(data.actualAmount).toBe(-760);
    expect(validateForm(hosted, data, t)).toEqual({ actualAmount: { __errors: ['inbox.vMinimum {"limit":0}'] } });
  });

  it('letters in an integer field say "must be a number", not "required"', () => {
    const data = { actualAmount: 1, guestCount: numberFromText('三个') };
    expect(validateForm(hosted, data, t)).toEqual({ guestCount: { __errors: ['inbox.vNumber'] } });
  });

  it('a fraction in an integer field says "must be a whole number"', () => {
    expect(validateForm(hosted, { actualAmount: 1, guestCount: numberFromText('2.5') }, t)).toEqual({
      guestCount: { __errors: ['inbox.vInteger'] },
    });
  });

  it('letters in a number field say "must be a number"', () => {
    expect(validateForm(hosted, { actualAmount: numberFromText('abc') }, t)).toEqual({
      actualAmount: { __errors: ['inbox.vNumber'] },
    });
  });

  it('an emptied field is what "required" is for', () => {
    expect(validateForm(hosted, { actualAmount: numberFromText('') }, t)).toEqual({
      actualAmount: { __errors: ['inbox.vRequired'] },
    });
  });
});
