import { validateData } from '@liucheng/engine';
import type { ErrorSchema, RJSFSchema } from '@rjsf/utils';
import { probeData, WORKFLOW_SCHEMAS } from './form-validator.fixture';
import { rjsfValidator } from './json-form-validator';

/** JSON Pointers of every error in an rjsf error schema. */
function pointers(tree: ErrorSchema | undefined, prefix = ''): string[] {
  if (!tree) return [];
  return Object.entries(tree).flatMap(([key, child]) =>
    key === '__errors' ? [prefix] : pointers(child as ErrorSchema, `${prefix}/${key}`),
  );
}
const serverPaths = (schema: object, data: unknown) =>
  [...new Set(validateData(schema as never, data).map((problem) => problem.path))].sort();

// rjsf's verdicts (branch matching, if/then, its own validation pass) are the server's.
describe('rjsfValidator agrees with the server on every shipped workflow schema', () => {
  it.each(WORKFLOW_SCHEMAS)('%s', (_name, schema) => {
    for (const data of probeData(schema)) {
      const server = serverPaths(schema, data);
      expect([data, rjsfValidator.isValid(schema as RJSFSchema, data, schema as RJSFSchema)]).toEqual([
        data,
        server.length === 0,
      ]);
      const { errors, errorSchema } = rjsfValidator.validateFormData(data, schema as RJSFSchema);
      expect([data, [...new Set(pointers(errorSchema))].sort()]).toEqual([data, server]);
      expect(errors.length).toBe(validateData(schema as never, data).length);
    }
  });
});

describe('rjsfValidator', () => {
  const schema: RJSFSchema = {
    type: 'object',
    required: ['n'],
    properties: { n: { type: 'integer', minimum: 1 }, 'a/b': { type: 'string' } },
  };

  it.each([
    [{ n: 1 }, true],
    [{ n: 0 }, false],
    [{ n: 1, 'a/b': 2 }, false],
    [{}, false],
  ])('isValid(%j) is %s', (data, expected) => {
    expect(rjsfValidator.isValid(schema, data, schema)).toBe(expected);
  });

  it('reports errors as rjsf does: property paths and an error schema under the fields', () => {
    expect(rjsfValidator.validateFormData({ n: 0, 'a/b': 2 }, schema)).toEqual({
      errors: [
        { property: '.n', message: 'must be >= 1', stack: '.n must be >= 1' },
        { property: '.a/b', message: 'must be string', stack: '.a/b must be string' },
      ],
      errorSchema: { n: { __errors: ['must be >= 1'] }, 'a/b': { __errors: ['must be string'] } },
    });
  });

  it('applies transformErrors, and refuses customValidate rather than skip it', () => {
    const result = rjsfValidator.validateFormData({ n: 0 }, schema, undefined, (errors) =>
      errors.map((error) => ({ ...error, message: 'too small', stack: 'too small' })),
    );
    expect(result.errorSchema).toEqual({ n: { __errors: ['too small'] } });
    expect(() => rjsfValidator.validateFormData({ n: 0 }, schema, (_data, errors) => errors)).toThrow('customValidate');
  });

  it('resolves refs to the root schema when rjsf checks a sub-schema', () => {
    const root: RJSFSchema = { $defs: { positive: { type: 'number', exclusiveMinimum: 0 } }, type: 'object' };
    const sub: RJSFSchema = { $ref: '#/$defs/positive' };
    expect([rjsfValidator.isValid(sub, 1, root), rjsfValidator.isValid(sub, 0, root)]).toEqual([true, false]);
  });

  it('treats a schema ajv cannot compile as matching nothing', () => {
    const broken: RJSFSchema = { $ref: '#/nowhere' };
    expect(rjsfValidator.isValid(broken, 1, broken)).toBe(false);
    expect(rjsfValidator.rawValidation(broken, 1).validationError).toBeInstanceOf(Error);
    expect(rjsfValidator.validateFormData(1, broken).errors).toHaveLength(1);
  });

  it.each([
    [true, 1, true],
    [false, 1, false],
  ])('boolean schema %s accepts %j: %s', (booleanSchema, data, expected) => {
    expect(rjsfValidator.isValid(booleanSchema as unknown as RJSFSchema, data, {})).toBe(expected);
  });
});
