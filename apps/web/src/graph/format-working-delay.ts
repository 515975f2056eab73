// A working-time delay of `meta.delays` in words for the diagram: "3个工作日（自 招待日期 起）".
import { isContextRef, parseWorkingDuration, type WorkingDelaySpec } from '@liucheng/engine';
import type { DiagramLanguage } from './diagram-labels';
import { plainFieldLabel, type FieldLabeler } from './describe-guard';

const UNTIL: Record<string, { zh: string; en: string }> = {
  'end-of-working-day': { zh: '当日下班', en: 'end of the working day' },
  'end-of-working-week': { zh: '工作周结束', en: 'end of the working week' },
  'end-of-working-month': { zh: '当月最后一个工作日下班', en: 'end of the working month' },
};

function amount(working: string, lang: DiagramLanguage, fieldLabel: FieldLabeler): string {
  if (isContextRef(working))
    return lang === 'en' ? `${fieldLabel(working, lang)} (working)` : `${fieldLabel(working, lang)}（工作时间）`;
  const d = parseWorkingDuration(working);
  if (!d) return working;
  if (d.unit === 'days') return lang === 'en' ? `${d.days} working day${d.days === 1 ? '' : 's'}` : `${d.days}个工作日`;
  const hours = Math.round((d.ms / 3_600_000) * 100) / 100;
  return lang === 'en' ? `${hours} working hour${hours === 1 ? '' : 's'}` : `${hours}个工作小时`;
}

/**
 * The delay in words, with where it counts from when that is a context field.
 * @example formatWorkingDelay({ working: 'P3D', from: 'context.hostedOn' }, 'zh-CN', label) // '3个工作日（自 招待日期 起）'
 */
export function formatWorkingDelay(
  delay: WorkingDelaySpec,
  lang: DiagramLanguage,
  fieldLabel: FieldLabeler = plainFieldLabel,
): string {
  const what =
    'until' in delay
      ? ((lang === 'en' ? UNTIL[delay.until]?.en : UNTIL[delay.until]?.zh) ?? delay.until)
      : amount(delay.working, lang, fieldLabel);
  if (!delay.from || delay.from === 'entry') return what;
  const from = fieldLabel(delay.from, lang);
  return lang === 'en' ? `${what} from ${from}` : `${what}（自 ${from} 起）`;
}
