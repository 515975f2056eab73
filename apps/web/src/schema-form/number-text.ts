// Pure: what a number field's text means. The text the user typed is kept as typed; the form data
// gets the number it spells, or the text itself when it spells none, so the schema check says
// "must be a number" instead of the field being silently emptied or clamped.

// Typographic and full-width forms people type on Chinese keyboards or paste from documents.
const LOOKALIKES: Record<string, string> = {
  '\u2212': '-',
  '\uff0d': '-',
  '\uff0b': '+',
  '\uff0e': '.',
  '\u3002': '.',
};

const NUMBER_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** `text` with full-width digits and look-alike signs in ASCII, trimmed. */
export function normalizeNumberText(text: string): string {
  return text
    .trim()
    .replace(/[\uff10-\uff19]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xff10 + 48))
    .replace(/[\u2212\uff0d\uff0b\uff0e\u3002]/g, (sign) => LOOKALIKES[sign]);
}

/**
 * The form value for a number field's text: undefined when empty, the number it spells, else the
 * text unchanged (never clamped to a minimum, never rounded to an integer).
 * @example numberFromText('−760') // -760
 * @example numberFromText('abc') // 'abc'
 */
export function numberFromText(text: string): number | string | undefined {
  const normalized = normalizeNumberText(text);
  if (normalized === '') return undefined;
  if (!NUMBER_TEXT.test(normalized)) return text;
  const value = Number(normalized);
  return Number.isFinite(value) ? value : text;
}

/** The text to show for a form value that came from elsewhere (a default, a reset). */
export function textForNumber(value: unknown): string {
  if (value === undefined || value === null) return '';
  return String(value);
}

/**
 * Whether the shown `text` already stands for `value` (then it stays as typed: "1.50" for 1.5).
 * @example textMatchesValue('1.50', 1.5) // true
 */
export function textMatchesValue(text: string, value: unknown): boolean {
  const parsed = numberFromText(text);
  if (parsed === undefined) return value === undefined || value === null || value === '';
  return parsed === value || (typeof parsed === 'string' && parsed === value);
}
