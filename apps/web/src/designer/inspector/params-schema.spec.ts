import { describeRegistry } from '@liucheng/engine';
import { workflowRegistry } from '@liucheng/workflows';
import { formSchemaOf, fromFormData, isSimpleParamsSchema, toFormData } from './params-schema';

const registry = describeRegistry(workflowRegistry);
const params = (name: string) => registry.guards.find((g) => g.name === name)!.params;

describe('params forms', () => {
  it.each([
    ['gte', true],
    ['in', true],
    ['exists', true],
    ['and', false],
    ['not', false],
  ])('%s renders as a plain form: %s', (name, simple) => {
    expect(isSimpleParamsSchema(params(name))).toBe(simple);
  });

  it('turns any-value fields into text and drops the oneOf of alternatives', () => {
    const schema = formSchemaOf(params('gte'));
    expect(schema.oneOf).toBeUndefined();
    expect((schema.properties as Record<string, { type: string }>).value.type).toBe('string');
  });

  it.each([
    [
      { field: 'context.amount', value: 5000 },
      { field: 'context.amount', value: '5000' },
    ],
    [
      { field: 'context.alcohol', value: true },
      { field: 'context.alcohol', value: 'true' },
    ],
    [
      { field: 'context.region', value: 'county' },
      { field: 'context.region', value: 'county' },
    ],
  ])('round-trips %j through the form', (value, shown) => {
    const schema = params('eq');
    expect(toFormData(value, schema)).toEqual(shown);
    expect(fromFormData(toFormData(value, schema), schema)).toEqual(value);
  });
});
