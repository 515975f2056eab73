// Pure: whether a context path holds money, so the search shows ¥ and the value reads ¥5,000.00.

/** Summary paths a definition marks `format: 'money'`. */
export function moneyPaths(spec: unknown): string[] {
  const summary = (spec as { meta?: { summary?: unknown } } | undefined)?.meta?.summary;
  if (!Array.isArray(summary)) return [];
  return summary
    .filter((field): field is { path: string; format: string } => typeof field?.path === 'string')
    .filter((field) => field.format === 'money')
    .map((field) => field.path);
}

/**
 * Money when the chosen process says so (its summary, or a start-form field of kind money); with no process chosen (or no summary), a field whose
 * name ends in "amount" (`amount`, `estimatedAmount`), as the shipped workflows name money.
 *
 * @example isMoneyField('estimatedAmount', undefined) // true
 */
export function isMoneyField(field: string | undefined, spec: unknown): boolean {
  if (!field) return false;
  // A start-form money field (the form builder's `x-kind: money`, keyed e.g. `field2`) is money too.
  if (inputMoneyPaths(spec).includes(field)) return true;
  const marked = moneyPaths(spec);
  if (marked.length > 0) return marked.includes(field);
  return /amount$/i.test(field);
}

function inputMoneyPaths(spec: unknown): string[] {
  const input = (spec as { meta?: { input?: { properties?: unknown } } } | undefined)?.meta?.input;
  const properties = typeof input?.properties === 'object' && input.properties !== null ? input.properties : {};
  return Object.entries(properties as Record<string, { 'x-kind'?: unknown } | null>)
    .filter(([, property]) => property?.['x-kind'] === 'money')
    .map(([name]) => name);
}

/**
 * Thousands separators in the integer part only, for a number input's display.
 *
 * @example groupThousands('1234567.5') // '1,234,567.5'
 */
export function groupThousands(text: string): string {
  const [whole, fraction] = text.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}
