// Durations in milliseconds as people read them: the largest unit that keeps the number short.
import type { AppLanguage } from '../i18n/language';

const UNITS = [
  [86_400_000, '天', 'd'],
  [3_600_000, '小时', 'h'],
  [60_000, '分钟', 'min'],
  [1_000, '秒', 's'],
  [1, '毫秒', 'ms'],
] as const;

/**
 * @example formatMs(9_000_000, 'zh-CN') // '2.5 小时'
 * @example formatMs(90_000, 'en') // '1.5 min'
 */
export function formatMs(ms: number | null, language: AppLanguage): string {
  if (ms === null || !Number.isFinite(ms)) return '—';
  const [size, zh, en] = UNITS.find(([unit]) => ms >= unit) ?? UNITS[UNITS.length - 1];
  const value = new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(ms / size);
  return `${value} ${language === 'en' ? en : zh}`;
}
