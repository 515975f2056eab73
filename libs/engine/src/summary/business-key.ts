/** Placeholders a `meta.businessKey` template may use; dates are the start's day in Asia/Shanghai. */
export const BUSINESS_KEY_PLACEHOLDERS = ['yyyyMMdd', 'yyyyMM', 'yyyy', 'MM', 'dd', 'seq'] as const;

const PLACEHOLDER = /\{([^{}]*)\}/g;
/** `{seq}` or `{seq:4}` (zero-padded to 4 digits, at most 9). */
const SEQ = /^seq(?::([1-9]))?$/;
const MAX_TEMPLATE_LENGTH = 64;

/** Why a template is not usable, or null when it is. */
export function businessKeyTemplateError(template: unknown): string | null {
  if (typeof template !== 'string' || template.trim() === '') return 'must be a non-empty string';
  if (template.length > MAX_TEMPLATE_LENGTH) return `must be at most ${MAX_TEMPLATE_LENGTH} characters`;
  if (/[{}]/.test(template.replace(PLACEHOLDER, ''))) return 'has an unmatched brace';
  const names = [...template.matchAll(PLACEHOLDER)].map((m) => m[1]);
  const unknown = names.find((n) => !SEQ.test(n) && !(BUSINESS_KEY_PLACEHOLDERS as readonly string[]).includes(n));
  if (unknown !== undefined) return `uses unknown placeholder {${unknown}}`;
  if (!names.some((n) => SEQ.test(n))) return 'must contain {seq} so that keys are unique';
  return null;
}

/** The calendar day of `at` in Asia/Shanghai (UTC+8, no daylight saving) as `yyyy-MM-dd`. */
export function shanghaiDay(at: Date): string {
  return new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/**
 * Fills a template for the `seq`-th start of `day` (`yyyy-MM-dd`).
 *
 * @example formatBusinessKey('ZD-{yyyyMMdd}-{seq:3}', '2026-03-10', 7) // 'ZD-20260310-007'
 */
export function formatBusinessKey(template: string, day: string, seq: number): string {
  const [yyyy, MM, dd] = day.split('-');
  const parts: Record<string, string> = { yyyyMMdd: `${yyyy}${MM}${dd}`, yyyyMM: `${yyyy}${MM}`, yyyy, MM, dd };
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    const seqMatch = SEQ.exec(name);
    if (seqMatch) return String(seq).padStart(Number(seqMatch[1] ?? 1), '0');
    return parts[name] ?? whole;
  });
}
