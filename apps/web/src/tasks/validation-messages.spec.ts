import { validateData } from '@liucheng/engine';
import type { TFunction } from 'i18next';
import { isConditionSummary, problemMessage, validationMessage } from './validation-messages';

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
    [{ name: 'multipleOf', params: { multipleOf: 2 } }, 'problems.dataMultipleOf {"limit":2}'],
    [{ name: 'no-data-allowed', params: { property: 'x' } }, 'problems.no-data-allowed'],
    [{ name: 'registry-failed', params: { kind: 'guard', name: 'boom' } }, 'problems.registry-failed {"name":"boom"}'],
    [{ name: 'x-custom', message: 'told by someone else' }, 'told by someone else'],
  ])('%j -> %s', (error, expected) => {
    expect(validationMessage(error, t)).toBe(expected);
  });
});

// Each problem as the engine's validateData (client check and server 422 alike) really reports it:
// the message is chosen by its code (the ajv keyword) and params, never by reading ajv's English.
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
    [{ multipleOf: 2 }, 3, 'problems.dataMultipleOf {"limit":2}'],
    [{ const: 'x' }, 'y', 'problems.dataConst'],
    [{ type: 'array', minItems: 2 }, [1], 'problems.dataMinItems {"limit":2}'],
    [{ type: 'array', uniqueItems: true }, [1, 1], 'problems.dataUniqueItems'],
    [{ oneOf: [{ type: 'string' }, { type: 'string' }] }, 'x', 'problems.dataInvalid'],
  ])('%j refuses %j: %s', (schema, data, expected) => {
    const problems = validateData(schema, data);
    expect(problems).toHaveLength(1);
    expect(problemMessage(problems[0], t)).toBe(expected);
  });

  it('shows a problem without a code (not from the engine) as it came', () => {
    expect(problemMessage({ path: '/username', message: 'unknown or deactivated user' }, t)).toBe(
      'unknown or deactivated user',
    );
  });

  it('does not read the English message: a code wins over it', () => {
    expect(problemMessage({ path: '/a', code: 'required', message: 'must be >= 1' }, t)).toBe('inbox.vRequired');
  });
});

describe('isConditionSummary', () => {
  it('is the `if` problem ajv adds above the failing then/else problems', () => {
    const problems = validateData({ if: { properties: { a: { const: 1 } } }, then: { required: ['b'] } }, { a: 1 });
    expect(problems.map((p) => isConditionSummary(p))).toEqual([false, true]);
    expect(isConditionSummary({ path: '', code: 'required', message: 'must match "then" schema' })).toBe(false);
  });
});
