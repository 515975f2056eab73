import type { TFunction } from 'i18next';
import { outcomeHints } from './outcome-ui-schema';

const t = ((key: string, options?: { outcomes: string }) => `${key}(${options?.outcomes})`) as unknown as TFunction;
const label = (type: string) => type.toLowerCase();

describe('outcomeHints', () => {
  it.each([
    [
      'taken and required by every outcome: the required mark says it',
      { usedBy: ['A', 'B'], requiredBy: ['A', 'B'] },
      undefined,
    ],
    ['taken by every outcome, optional', { usedBy: ['A', 'B'], requiredBy: [] }, undefined],
    ['required by one of two', { usedBy: ['A', 'B'], requiredBy: ['B'] }, 'inbox.fieldRequiredFor(b)'],
    ['taken and required by one', { usedBy: ['B'], requiredBy: ['B'] }, 'inbox.fieldRequiredFor(b)'],
    ['taken by one, optional', { usedBy: ['A'], requiredBy: [] }, 'inbox.fieldFor(a)'],
    [
      'taken by two of three, required by one',
      { usedBy: ['A', 'B'], requiredBy: ['B'] },
      'inbox.fieldFor(a / b) · inbox.fieldRequiredFor(b)',
      3,
    ],
  ])('%s', (_name, use, expected, count = 2) => {
    expect(outcomeHints({ field: use }, count, label, t).field).toEqual(expected && { 'ui:help': expected });
  });
});
