import { directoryItems, displayNameOf } from './directory';

const entries = [
  { username: 'staff', displayName: '张三 (staff)', displayNameEn: 'Zhang San (staff)' },
  { username: 'noen', displayName: '无英文名', displayNameEn: null },
];

describe('displayNameOf', () => {
  it('names a user in the language, the Chinese name when there is no English one', () => {
    expect(displayNameOf('staff', entries, 'zh-CN')).toBe('张三 (staff)');
    expect(displayNameOf('staff', entries, 'en')).toBe('Zhang San (staff)');
    expect(displayNameOf('noen', entries, 'en')).toBe('无英文名');
  });

  it('calls the engine’s own actor 系统 / System', () => {
    expect(displayNameOf('system', entries, 'zh-CN')).toBe('系统');
    expect(displayNameOf('system', undefined, 'en')).toBe('System');
  });

  it('falls back to the username for anyone not listed (or no list yet)', () => {
    expect(displayNameOf('ghost', entries, 'zh-CN')).toBe('ghost');
    expect(displayNameOf('staff', undefined, 'zh-CN')).toBe('staff');
  });
});

describe('directoryItems', () => {
  it('reads a directory answer and refuses anything else', () => {
    expect(directoryItems({ items: [entries[0], { nope: 1 }] })).toEqual([entries[0]]);
    expect(directoryItems('<!doctype html>')).toBeUndefined();
    expect(directoryItems(undefined)).toBeUndefined();
  });
});
