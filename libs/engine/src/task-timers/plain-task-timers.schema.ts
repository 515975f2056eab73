import type { JsonSchema } from '../definition/definition.types';
import { remindSchema, timerDelaySchema } from './remind.schema';

/**
 * `remind` and `timeout` of a plain task: the approval step's shape, with `timeout.event` (a
 * transition of the state, taken by `system`) for the approval's decision. A plain task's
 * reminders are all scheduled when it opens, hence the lower cap on `repeat.times`.
 */
export const plainTaskTimersSchema: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    remind: remindSchema(20),
    timeout: {
      type: 'object',
      required: ['after', 'event'],
      additionalProperties: false,
      properties: { after: timerDelaySchema, event: { type: 'string', minLength: 1, maxLength: 200 } },
    },
  },
};
