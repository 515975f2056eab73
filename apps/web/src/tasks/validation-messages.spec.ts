import type { TFunction } from 'i18next';
import { serverMessage, validationMessage } from './validation-messages';

// Echoes the key and options, so the test sees which message was chosen with which values.
const t = ((key: string, options?: Record<string, unknown>) =>
  options ? `${key} ${JSON.stringify(options)}` : key) as unknown as TFunction;

describe('validationMessage', () => {
  it.each([
    [{ name: 'required', params: { missingProperty: 'comment' } }, 'inbox.vRequired'],
    [{ name: 'minLength', params: { limit: 1 } }, 'inbox.vRequired'],
    [{ name: 'minLength', params: { limit: 4 } }, 'inbox.vMinLength {"limit":4}'],
    [{ name: 'maxLength', params: { limit: 9 } }, 'inbox.vMaxLength {"limit":9}'],
    [{ name: 'minimum', params: { limit: 1, comparison: '>=' } }, 'inbox.vMinimum {"limit":1}'],
    [{ name: 'exclusiveMinimum', params: { limit: 0, comparison: '>' } }, 'inbox.vExclusiveMinimum {"limit":0}'],
    [{ name: 'maximum', params: { limit: 5 } }, 'inbox.vMaximum {"limit":5}'],
    [{ name: 'exclusiveMaximum', params: { limit: 5 } }, 'inbox.vExclusiveMaximum {"limit":5}'],
    [{ name: 'type', params: { type: 'integer' } }, 'inbox.vInteger'],
    [{ name: 'type', params: { type: 'number' } }, 'inbox.vNumber'],
    [{ name: 'type', params: { type: 'string' } }, 'inbox.vFormat'],
    [{ name: 'enum', params: { allowedValues: ['catering'] } }, 'inbox.vEnum'],
    [{ name: 'format', params: { format: 'date' } }, 'inbox.vDate'],
    [{ name: 'format', params: { format: 'email' } }, 'inbox.vFormat'],
    [{ name: 'pattern', params: { pattern: '\\S' } }, 'inbox.vFormat'],
    [{ name: 'additionalProperties', params: { additionalProperty: 'x' } }, 'inbox.vNotAllowed'],
    [{ name: 'multipleOf', message: 'must be multiple of 2' }, 'must be multiple of 2'],
  ])('%j -> %s', (error, expected) => {
    expect(validationMessage(error, t)).toBe(expected);
  });
});

describe('serverMessage', () => {
  it.each([
    ['is required', 'inbox.vRequired'],
    ['is not allowed', 'inbox.vNotAllowed'],
    ['must be >= 1', 'must be >= 1'],
  ])('%s -> %s', (message, expected) => {
    expect(serverMessage(message, t)).toBe(expected);
  });
});
