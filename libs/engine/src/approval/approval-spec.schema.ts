import type { JsonSchema } from '../definition/definition.types';
import { approverSourcesSchema } from '../org/approver-source.schema';

const delay: JsonSchema = { type: 'string', minLength: 1, maxLength: 100 };
const eventType: JsonSchema = { type: 'string', minLength: 1, maxLength: 200 };

/** JSON Schema of `meta.task.approval` (the validator and the designer use it). */
export const approvalSpecSchema: JsonSchema = {
  type: 'object',
  required: ['approvers'],
  additionalProperties: false,
  properties: {
    approvers: approverSourcesSchema,
    mode: { enum: ['any', 'all', 'sequential', 'vote'] },
    approve: eventType,
    reject: eventType,
    collectAll: { type: 'boolean' },
    threshold: { type: 'number', exclusiveMinimum: 0, maximum: 1 },
    weights: { type: 'object', additionalProperties: { type: 'number', exclusiveMinimum: 0, maximum: 1000 } },
    onEmpty: { enum: ['skip', 'admin', 'fail'] },
    starterIsApprover: { enum: ['self', 'approve', 'skip', 'manager'] },
    dedupe: { type: 'boolean' },
    cc: approverSourcesSchema,
    sendBackTo: { type: 'array', maxItems: 20, uniqueItems: true, items: { type: 'string', minLength: 1 } },
    reapproval: { enum: ['restart', 'return'] },
    remind: {
      type: 'object',
      required: ['after'],
      additionalProperties: false,
      properties: {
        after: delay,
        repeat: {
          type: 'object',
          required: ['every', 'times'],
          additionalProperties: false,
          properties: { every: delay, times: { type: 'integer', minimum: 1, maximum: 100 } },
        },
      },
    },
    timeout: {
      type: 'object',
      required: ['after', 'action'],
      additionalProperties: false,
      properties: {
        after: delay,
        action: { enum: ['approve', 'reject', 'sendBack', 'escalate'] },
        to: { type: 'string', minLength: 1 },
      },
    },
  },
};
