import { publishState } from './publish-state';

const v = (version: number) => ({
  version,
  checksum: 'x',
  publishedAt: '2026-01-01T00:00:00.000Z',
  publishedBy: 'owner',
});

describe('publishState', () => {
  it.each([
    ['a saved draft on v1', [v(1)], {}, false, { hasDraft: true, basedOn: 1 }],
    ['just published v2, nothing edited', [v(1), v(2)], null, false, { hasDraft: false, basedOn: 2 }],
    ['just published v2, then edited', [v(2), v(1)], null, true, { hasDraft: true, basedOn: 2 }],
    ['a first draft, never published', [], {}, false, { hasDraft: true, basedOn: null }],
  ])('%s', (_name, versions, draft, dirty, expected) => {
    expect(publishState({ versions, draft } as never, dirty)).toEqual(expected);
  });
});
