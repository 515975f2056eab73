import type { JsonSchema } from '../definition/definition.types';

const delay: JsonSchema = { type: 'string', minLength: 1, maxLength: 100 };

/**
 * `remind` and `timeout` of a plain task: the approval step's shape, with `timeout.event` (a
 * transition of the state, taken by `system`) for the approval's decision. A plain task's
 * reminders are all scheduled when it opens, hence the lower cap on `repeat.times`.
 */
export const plainTaskTimersSchema: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
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
          properties: { every: delay, times: { type: 'integer', minimum: 1, maximum: 20 } },
        },
      },
    },
    timeout: {
      type: 'object',
      required: ['after', 'event'],
      additionalProperties: false,
      properties: { after: delay, event: { type: 'string', minLength: 1, maxLength: 200 } },
    },
  },
};
