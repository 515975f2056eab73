// Durations in words: `P3D` -> "3天" / "3 days"; `context.window` -> its field; a registry delay -> its
// title; a working-time delay of `meta.delays` -> "3个工作日（自 招待日期 起）".
import { parseIsoDuration, type IsoDuration, type RegistryEntryInfo, type WorkingDelaySpec } from '@liucheng/engine';
import { formatWorkingDelay } from './format-working-delay';
import { pick, type DiagramLanguage } from './diagram-labels';
import { plainFieldLabel, type FieldLabeler } from './describe-guard';

const UNITS: Array<[keyof IsoDuration, string, string]> = [
  ['years', '年', 'y'],
  ['months', '个月', 'mo'],
  ['weeks', '周', 'w'],
  ['days', '天', 'd'],
  ['hours', '小时', 'h'],
  ['minutes', '分钟', 'min'],
  ['seconds', '秒', 's'],
];

/**
 * A delay key or task `due` in words.
 * @example formatDelay('P1DT2H', 'en') // '1d 2h'
 */
export function formatDelay(
  key: string,
  lang: DiagramLanguage,
  delays: readonly RegistryEntryInfo[] = [],
  fieldLabel: FieldLabeler = plainFieldLabel,
  workingDelays?: Record<string, WorkingDelaySpec>,
): string {
  const duration = parseIsoDuration(key);
  if (duration) {
    const parts = UNITS.filter(([unit]) => duration[unit] > 0).map(([unit, zh, en]) =>
      lang === 'en' ? `${duration[unit]}${en}` : `${duration[unit]}${zh}`,
    );
    return parts.join(lang === 'en' ? ' ' : '');
  }
  if (/^\d+$/.test(key)) return lang === 'en' ? `${key} ms` : `${key} 毫秒`;
  if (key.startsWith('context.')) return fieldLabel(key, lang);
  const working = workingDelays?.[key];
  if (working) return formatWorkingDelay(working, lang, fieldLabel);
  return pick(delays.find((d) => d.name === key)?.title, lang, key);
}
