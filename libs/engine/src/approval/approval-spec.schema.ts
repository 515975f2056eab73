import type { JsonSchema } from '../definition/definition.types';
import { approverSourcesSchema } from '../org/approver-source.schema';
import { remindSchema, timerDelaySchema } from '../task-timers/remind.schema';

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
    remind: remindSchema(100),
    timeout: {
      type: 'object',
      required: ['after', 'action'],
      additionalProperties: false,
      properties: {
        after: timerDelaySchema,
        action: { enum: ['approve', 'reject', 'sendBack', 'escalate'] },
        to: { type: 'string', minLength: 1 },
      },
    },
  },
};
