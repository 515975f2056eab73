import { en } from './en';
import { zhCN } from './zh-CN';

type Tree = Record<string, Record<string, string>>;

function flatten(tree: Tree): Map<string, string> {
  return new Map(
    Object.entries(tree).flatMap(([group, labels]) =>
      Object.entries(labels).map(([key, text]) => [`${group}.${key}`, text]),
    ),
  );
}

describe('message files', () => {
  const zh = flatten(zhCN);
  const english = flatten(en);

  it('have exactly the same keys', () => {
    expect([...english.keys()].sort()).toEqual([...zh.keys()].sort());
  });

  it.each([...zh.keys()])('%s is non-empty in both languages and uses the same placeholders', (key) => {
    expect(zh.get(key)?.trim()).not.toBe('');
    expect(english.get(key)?.trim()).not.toBe('');
    const placeholders = (text = '') => (text.match(/{{\w+}}/g) ?? []).sort();
    expect(placeholders(english.get(key))).toEqual(placeholders(zh.get(key)));
  });
});
