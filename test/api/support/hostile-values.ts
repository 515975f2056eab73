/**
 * Hostile values for the hostile-input spec, as raw JSON text (a `1e309` or a `\ud800` escape
 * cannot be built with JSON.stringify), each with the limit code the API must answer, if any.
 */
export interface HostileValue {
  name: string;
  /** Raw JSON text of the value. */
  json: string;
  /** The input-limit code a 400 must carry, and where below the field it points. */
  code?: 'too-deep' | 'non-finite-number' | 'nul-character' | 'invalid-unicode' | 'forbidden-key';
  /** JSON Pointer suffix (below the field) of the reported problem. */
  at?: string;
}

const nestedArrays = (levels: number) => '['.repeat(levels) + ']'.repeat(levels);
const nestedObjects = (levels: number) => '{"a":'.repeat(levels - 1) + '{}' + '}'.repeat(levels - 1);

/** The pointer of the first container deeper than 64 levels when the value sits `depth` levels down. */
function deepAt(depthOfValue: number, segment: string): string {
  return `/${segment}`.repeat(Math.max(0, 65 - depthOfValue));
}

/**
 * Values for one field that sits `fieldDepth` containers below the body root (a top-level field:
 * 1). Deep nesting at 65, 1,300 and 3,000 levels; non-finite numbers; NUL and lone surrogates in
 * strings and keys; `__proto__`; nulls, wrong types, huge strings, arrays where objects are expected.
 */
export function hostileValues(fieldDepth: number): HostileValue[] {
  const d = fieldDepth + 1;
  return [
    { name: 'arrays nested 65 deep', json: nestedArrays(65), code: 'too-deep', at: deepAt(d, '0') },
    { name: 'arrays nested 1300 deep', json: nestedArrays(1300), code: 'too-deep', at: deepAt(d, '0') },
    { name: 'objects nested 1300 deep', json: nestedObjects(1300), code: 'too-deep', at: deepAt(d, 'a') },
    { name: 'arrays nested 3000 deep', json: nestedArrays(3000), code: 'too-deep', at: deepAt(d, '0') },
    { name: '1e309', json: '1e309', code: 'non-finite-number', at: '' },
    { name: '-1e309', json: '-1e309', code: 'non-finite-number', at: '' },
    { name: '1e309 in an array', json: '[1, 1e309]', code: 'non-finite-number', at: '/1' },
    { name: 'NUL in a string', json: '"a\\u0000b"', code: 'nul-character', at: '' },
    { name: 'NUL in a key', json: '{"a\\u0000":1}', code: 'nul-character', at: '/a\u0000' },
    { name: 'lone high surrogate', json: '"x\\ud800"', code: 'invalid-unicode', at: '' },
    { name: 'lone low surrogate', json: '"\\udfffx"', code: 'invalid-unicode', at: '' },
    { name: 'lone surrogate in a key', json: '{"\\ud800":1}', code: 'invalid-unicode', at: '/\ud800' },
    { name: '__proto__ key', json: '{"__proto__":{"polluted":true}}', code: 'forbidden-key', at: '/__proto__' },
    { name: 'constructor.prototype', json: '{"constructor":{"prototype":{"polluted":true}}}' },
    { name: 'null', json: 'null' },
    { name: 'true', json: 'true' },
    { name: 'zero', json: '0' },
    { name: 'fraction', json: '1.5' },
    { name: 'huge integer', json: '99999999999999999999' },
    { name: '1e300', json: '1e300' },
    { name: 'empty string', json: '""' },
    { name: 'blank string', json: '"   "' },
    { name: 'huge string', json: JSON.stringify('长x'.repeat(50_000)) },
    { name: 'emoji string', json: '"😀\\ud83d\\ude00"' },
    { name: 'empty array', json: '[]' },
    { name: 'array of null', json: '[null]' },
    { name: 'long array', json: JSON.stringify(Array.from({ length: 5000 }, (_, i) => i)) },
    { name: 'empty object', json: '{}' },
  ];
}

/** Values for a path segment or a query parameter, already percent-encoded. */
export const HOSTILE_URL_VALUES: { name: string; encoded: string; nul?: boolean }[] = [
  { name: 'NUL', encoded: 'a%00b', nul: true },
  { name: 'only NUL', encoded: '%00', nul: true },
  { name: 'UTF-8 of a surrogate', encoded: '%ED%A0%80' },
  { name: 'broken percent', encoded: '%E4%B8' },
  { name: 'emoji', encoded: '%F0%9F%98%80' },
  { name: 'Chinese', encoded: '%E6%B5%81%E7%A8%8B' },
  { name: 'long', encoded: 'x'.repeat(3000) },
  { name: '__proto__', encoded: '__proto__' },
  { name: 'constructor', encoded: 'constructor' },
  { name: 'dot dot', encoded: '..' },
  { name: 'slash', encoded: 'a%2Fb' },
  { name: 'space', encoded: '%20' },
  { name: 'quote', encoded: "'%22%3B--" },
  { name: 'zero', encoded: '0' },
  { name: 'negative', encoded: '-1' },
  { name: 'fraction', encoded: '1.5' },
  { name: '1e309', encoded: '1e309' },
  { name: 'huge integer', encoded: '99999999999999999999' },
  { name: 'int32 overflow', encoded: '2147483648' },
  { name: 'null', encoded: 'null' },
];
