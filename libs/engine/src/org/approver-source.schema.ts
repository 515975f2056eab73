import type { JsonSchema } from '../definition/definition.types';

const contextField: JsonSchema = { type: 'string', pattern: '^context(\\.[^.\\s]+)+$' };
const fieldRef: JsonSchema = {
  type: 'object',
  required: ['field'],
  additionalProperties: false,
  properties: { field: contextField },
};
const name: JsonSchema = { type: 'string', minLength: 1, maxLength: 100 };
const level: JsonSchema = { type: 'integer', minimum: 1, maximum: 20 };

function kind(k: string, properties: Record<string, JsonSchema> = {}, required: string[] = []): JsonSchema {
  return {
    type: 'object',
    required: ['kind', ...required],
    additionalProperties: false,
    properties: { kind: { const: k }, ...properties },
  };
}

/** JSON Schema of one {@link ApproverSource} (the validator and the designer use it). */
export const approverSourceSchema: JsonSchema = {
  type: 'object',
  required: ['kind'],
  properties: {
    kind: {
      enum: ['users', 'role', 'starter', 'manager', 'manager-chain', 'department-head', 'field', 'registry'],
    },
  },
  oneOf: [
    kind('users', { users: { type: 'array', minItems: 1, maxItems: 100, items: name } }, ['users']),
    kind(
      'role',
      {
        role: name,
        scope: {
          anyOf: [
            { const: 'starter-department' },
            fieldRef,
            {
              type: 'object',
              required: ['department'],
              additionalProperties: false,
              properties: { department: { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' } },
            },
          ],
        },
      },
      ['role'],
    ),
    kind('starter'),
    kind('manager', { level }),
    kind('manager-chain', { levels: level, untilRole: name, top: { const: true } }),
    kind('department-head', { department: { anyOf: [{ const: 'starter' }, fieldRef] } }),
    kind('field', { field: contextField }, ['field']),
    kind('registry', { name, params: { type: 'object' } }, ['name']),
  ],
};

/** A non-empty list of approver sources. */
export const approverSourcesSchema: JsonSchema = {
  type: 'array',
  minItems: 1,
  maxItems: 20,
  items: approverSourceSchema,
};
