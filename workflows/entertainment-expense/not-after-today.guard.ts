import {
  readRooted,
  rootedPathSchema,
  shanghaiDay,
  type EvaluationArgs,
  type GuardEntry,
  type JsonObject,
  type JsonSchema,
} from '@liucheng/engine';

export interface NotAfterTodayParams {
  /** Rooted path of a `yyyy-MM-dd` date, e.g. `event.data.hostedOn`. */
  field: string;
}

export const notAfterTodayParamsSchema: JsonSchema = {
  type: 'object',
  properties: {
    field: { ...rootedPathSchema, title: '日期字段 / Date field', examples: ['event.data.hostedOn'] },
  },
  required: ['field'],
  additionalProperties: false,
};

/**
 * Whether `day` (`yyyy-MM-dd`) is not after the Beijing day of `at`; anything but a date: false.
 *
 * @example notAfterToday('2026-03-02', new Date('2026-03-01T16:30:00Z')) // true (already 2 March in Beijing)
 */
export function notAfterToday(day: unknown, at: Date): boolean {
  return typeof day === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(day) && day <= shanghaiDay(at);
}

/**
 * `notAfterToday` (不晚于今天): the date at `field` is today or earlier in Beijing, on the event's
 * own time. A deadline counted from a date the user enters (the hosting date) cannot be moved
 * later by entering a day still to come.
 *
 * @example
 * { "type": "notAfterToday", "params": { "field": "event.data.hostedOn" } }
 */
export const notAfterTodayGuard: GuardEntry = {
  name: 'notAfterToday',
  title: { zh: '日期不晚于今天', en: 'Date not after today' },
  description: {
    zh: '指定日期是今天（北京时间）或更早时成立；不是日期时不成立。',
    en: 'Holds when the date is today (Beijing time) or earlier; false when it is no date.',
  },
  params: notAfterTodayParamsSchema,
  evaluate(args: EvaluationArgs, params: JsonObject): boolean {
    const p = params as unknown as NotAfterTodayParams;
    return notAfterToday(readRooted(args, p.field), new Date(args.event.at ?? 0));
  },
};
