// Picking the right half of bilingual labels: {zh, en} objects and "中文 / English" strings.
import type { LocalizedLabel } from '@liucheng/contracts';
import type { AppLanguage } from './language';

/** Returns the label in the language, falling back to the other one when empty. */
export function pickLabel(label: LocalizedLabel | undefined, language: AppLanguage, fallback = ''): string {
  if (!label) return fallback;
  const first = language === 'en' ? label.en : label.zh;
  const second = language === 'en' ? label.zh : label.en;
  return first || second || fallback;
}

// A slash followed by whitespace separates the halves: "天数 / Days", "预计金额（元）/ Amount (CNY)".
const BILINGUAL_SEPARATOR = /\s*\/\s+/;

/**
 * Shows the half of a "中文 / English" schema title for the language; text with no
 * separator, or with several (a mixed description), is returned whole.
 * @example splitBilingual('天数 / Days', 'en') // 'Days'
 */
export function splitBilingual(title: string, language: AppLanguage): string {
  const matches = [...title.matchAll(new RegExp(BILINGUAL_SEPARATOR, 'g'))];
  if (matches.length !== 1) return title;
  const match = matches[0];
  const zh = title.slice(0, match.index).trim();
  const enPart = title.slice(match.index + match[0].length).trim();
  if (!zh || !enPart) return title;
  return language === 'en' ? enPart : zh;
}

/** Reads a `{zh, en}` label out of untyped spec JSON, if it has that shape. */
export function asLabel(value: unknown): LocalizedLabel | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { zh, en } = value as Record<string, unknown>;
  if (typeof zh !== 'string' && typeof en !== 'string') return undefined;
  return { zh: typeof zh === 'string' ? zh : '', en: typeof en === 'string' ? en : '' };
}
