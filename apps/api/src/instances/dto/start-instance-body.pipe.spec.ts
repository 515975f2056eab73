import 'reflect-metadata';
import { createValidationPipe } from '../../common/validation.pipe';
import { plainStartBody, StartInstanceBodyPipe } from './start-instance-body.pipe';
import { StartInstanceDto } from './start-instance.dto';

/** What the global ValidationPipe made of a body for StartInstanceDto: the value, or the error's answer. */
async function outcome(run: () => Promise<unknown>): Promise<unknown> {
  try {
    return { value: { ...((await run()) as object) } };
  } catch (error) {
    return { error: (error as { getResponse(): unknown }).getResponse() };
  }
}

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const viaDto = (body: unknown) =>
  outcome(() => createValidationPipe().transform(clone(body), { type: 'body', metatype: StartInstanceDto }));
const viaPipe = (body: unknown) => outcome(() => new StartInstanceBodyPipe().transform(clone(body)));

describe('StartInstanceBodyPipe', () => {
  const plain = [
    { definitionKey: 'lead-report' },
    {
      definitionKey: 'lead-report',
      input: { client: '某县教育局', n: 3, list: [{ a: null }], deep: { x: [1, 'two'] } },
    },
    { definitionKey: 'a.b_c-9', version: 1 },
    { definitionKey: 'x', version: 2_147_483_647, businessKey: '', input: {} },
    { definitionKey: 'x', businessKey: 'b'.repeat(200) },
    // 200 characters as class-validator counts them: a surrogate pair is one.
    { definitionKey: 'x', businessKey: '😀'.repeat(200) },
  ];
  it.each(plain)('takes %j by hand, as the ValidationPipe would', async (body) => {
    expect(plainStartBody(clone(body))).toBeDefined();
    expect(await viaPipe(body)).toEqual(await viaDto(body));
  });

  const other: unknown[] = [
    null,
    [],
    'lead-report',
    7,
    {},
    { definitionKey: 7 },
    { definitionKey: '' },
    { definitionKey: '-leading-dash' },
    { definitionKey: 'k'.repeat(101) },
    { definitionKey: 'x', version: 0 },
    { definitionKey: 'x', version: 1.5 },
    { definitionKey: 'x', version: '3' },
    { definitionKey: 'x', version: 2_147_483_648 },
    { definitionKey: 'x', version: null },
    { definitionKey: 'x', input: null },
    { definitionKey: 'x', input: [] },
    { definitionKey: 'x', input: 'text' },
    { definitionKey: 'x', businessKey: null },
    { definitionKey: 'x', businessKey: 5 },
    { definitionKey: 'x', businessKey: 'b'.repeat(201) },
    { definitionKey: 'x', extra: 1 },
    { definitionKey: 'x', constructor: 1 },
    JSON.parse('{"definitionKey":"x","__proto__":{"a":1}}'),
    { definitionKey: 'x', input: { prototype: 'kept?', ok: 1 } },
    { definitionKey: 'x', input: { list: [{ constructor: 'x' }] } },
    JSON.parse('{"definitionKey":"x","input":{"deep":{"__proto__":{"polluted":true}}}}'),
  ];
  it.each(other)('leaves %j to the ValidationPipe, answered the same', async (body) => {
    expect(plainStartBody(clone(body))).toBeUndefined();
    expect(await viaPipe(body)).toEqual(await viaDto(body));
  });
});
