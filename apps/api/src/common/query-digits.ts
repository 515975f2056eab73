/**
 * A class-transformer `@Transform` for integer query parameters: a string of up to ten digits
 * becomes its number, anything else stays as it came so `@IsInt` names the parameter.
 */
export const queryDigits = ({ value }: { value: unknown }) =>
  typeof value === 'string' && /^\d{1,10}$/.test(value) ? Number(value) : value;
