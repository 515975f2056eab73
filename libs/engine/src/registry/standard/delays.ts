import type { DelayEntry } from '../registry.types';

/**
 * Standard named delays. Durations (`P3D`, `PT4H`), milliseconds and `context.<path>` are
 * understood directly as `after` keys; these names are shortcuts a designer can pick.
 */
export const standardDelays: Record<string, DelayEntry> = {
  oneHour: {
    name: 'oneHour',
    title: { zh: '一小时', en: 'One hour' },
    params: { type: 'object' },
    resolve: () => 60 * 60 * 1000,
  },
  oneDay: {
    name: 'oneDay',
    title: { zh: '一天', en: 'One day' },
    params: { type: 'object' },
    resolve: () => 24 * 60 * 60 * 1000,
  },
  oneWeek: {
    name: 'oneWeek',
    title: { zh: '一周', en: 'One week' },
    params: { type: 'object' },
    resolve: () => 7 * 24 * 60 * 60 * 1000,
  },
};
