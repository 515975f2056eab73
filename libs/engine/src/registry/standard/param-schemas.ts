import type { JsonSchema } from '../../definition/definition.types';

/** A rooted read path: `context.<path>` or `event.<path>`. */
export const rootedPathSchema: JsonSchema = { type: 'string', pattern: '^(context|event)(\\.[^.\\s]+)*$' };

/** A context-relative write path: `amount`, `approval.comment`. */
export const contextPathSchema: JsonSchema = { type: 'string', pattern: '^[^.\\s]+(\\.[^.\\s]+)*$' };

/** A guard reference as it appears in a definition. */
export const guardRefSchema: JsonSchema = {
  anyOf: [
    { type: 'string', minLength: 1 },
    {
      type: 'object',
      required: ['type'],
      properties: { type: { type: 'string', minLength: 1 }, params: { type: 'object' } },
    },
  ],
};

export const localizedTextSchema: JsonSchema = {
  type: 'object',
  required: ['zh', 'en'],
  properties: { zh: { type: 'string', minLength: 1 }, en: { type: 'string', minLength: 1 } },
};

/** `{field, value}` or `{field, valueField}`. */
export const compareParamsSchema: JsonSchema = {
  type: 'object',
  required: ['field'],
  properties: { field: rootedPathSchema, value: {}, valueField: rootedPathSchema },
  oneOf: [{ required: ['value'] }, { required: ['valueField'] }],
};
