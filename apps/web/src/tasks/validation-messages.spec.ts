import { validateData } from '@liucheng/engine';
import type { TFunction } from 'i18next';
import { isConditionSummary, problemMessage, readProblemMessage, validationMessage } from './validation-messages';

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

// Each message as the engine's validateData (client check and server 422 alike) really words it:
// an ajv upgrade that rewords one fails here instead of showing English in the form.
describe('problemMessage on validateData problems', () => {
  it.each([
    [{ type: 'object', required: ['a'] }, {}, 'inbox.vRequired'],
    [{ type: 'object', additionalProperties: false }, { a: 1 }, 'inbox.vNotAllowed'],
    [{ type: 'string', minLength: 1 }, '', 'inbox.vRequired'],
    [{ type: 'string', minLength: 4 }, 'abc', 'inbox.vMinLength {"limit":4}'],
    [{ type: 'string', maxLength: 9 }, '0123456789', 'inbox.vMaxLength {"limit":9}'],
    [{ minimum: 1 }, 0, 'inbox.vMinimum {"limit":1}'],
    [{ minimum: 0.5 }, 0, 'inbox.vMinimum {"limit":0.5}'],
    [{ exclusiveMinimum: 0 }, 0, 'inbox.vExclusiveMinimum {"limit":0}'],
    [{ maximum: 5 }, 6, 'inbox.vMaximum {"limit":5}'],
    [{ exclusiveMaximum: -5 }, -5, 'inbox.vExclusiveMaximum {"limit":-5}'],
    [{ type: 'integer' }, 1.5, 'inbox.vInteger'],
    [{ type: 'number' }, 'x', 'inbox.vNumber'],
    [{ type: ['string', 'null'] }, 1, 'inbox.vFormat'],
    [{ enum: ['catering'] }, 'taxi', 'inbox.vEnum'],
    [{ type: 'string', format: 'date' }, '2026-02-30', 'inbox.vDate'],
    [{ type: 'string', format: 'email' }, 'nope', 'inbox.vFormat'],
    [{ type: 'string', pattern: '\\S' }, '  ', 'inbox.vFormat'],
    [{ multipleOf: 2 }, 3, 'must be multiple of 2'],
    [{ const: 'x' }, 'y', 'must be equal to constant'],
  ])('%j refuses %j: %s', (schema, data, expected) => {
    const problems = validateData(schema, data);
    expect(problems).toHaveLength(1);
    expect(problemMessage(problems[0].message, t)).toBe(expected);
  });

  it('keeps a message it does not know', () => {
    expect(readProblemMessage('must NOT be valid')).toEqual({ message: 'must NOT be valid' });
  });
});

describe('isConditionSummary', () => {
  it.each([
    ['must match "then" schema', true],
    ['must match "else" schema', true],
    ['must match pattern "then"', false],
    ['is required', false],
  ])('%s -> %s', (message, expected) => {
    expect(isConditionSummary(message)).toBe(expected);
  });
});
