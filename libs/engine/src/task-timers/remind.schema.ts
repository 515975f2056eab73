import type { JsonSchema } from '../definition/definition.types';

/** A delay text: ISO-8601, a `meta.delays` name or `context.<path>` (checked further by the definition rules). */
export const timerDelaySchema: JsonSchema = { type: 'string', minLength: 1, maxLength: 100 };

/**
 * `remind` (催办) of a task, plain or approval step: first `after` it opens, then `repeat.every`
 * up to `repeat.times`. A plain task schedules every reminder when it opens, so it caps `times` lower.
 */
export function remindSchema(maxTimes: number): JsonSchema {
  return {
    type: 'object',
    required: ['after'],
    additionalProperties: false,
    properties: {
      after: timerDelaySchema,
      repeat: {
        type: 'object',
        required: ['every', 'times'],
        additionalProperties: false,
        properties: { every: timerDelaySchema, times: { type: 'integer', minimum: 1, maximum: maxTimes } },
      },
    },
  };
}
