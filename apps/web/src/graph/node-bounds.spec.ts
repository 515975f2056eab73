import type { DiagramNode } from './flow-elements';
import { nodesBounds } from './node-bounds';
import { titleLines } from './node-size';

const node = (id: string, x: number, y: number, extra: Partial<DiagramNode> = {}): DiagramNode =>
  ({ id, type: 'atomic', position: { x, y }, data: { size: { width: 200, height: 56 } }, ...extra }) as DiagramNode;

describe('nodesBounds', () => {
  const nodes = [
    node('a', 0, 0),
    node('g', 400, 100, { type: 'compound', style: { width: 300, height: 200 } }),
    node('g.b', 20, 40, { parentId: 'g' }),
  ];

  it('spans every node, groups by their laid-out size', () => {
    expect(nodesBounds(nodes)).toEqual({ x: 0, y: 0, width: 700, height: 300 });
  });

  it('places a child by its group (positions are parent-relative)', () => {
    expect(nodesBounds(nodes, ['g.b'])).toEqual({ x: 420, y: 140, width: 200, height: 56 });
  });

  it('is null when none of the ids is drawn', () => {
    expect(nodesBounds(nodes, ['missing'])).toBeNull();
  });
});

describe('titleLines', () => {
  it('wraps a long English title, the longer language deciding', () => {
    const state = {
      meta: { title: { zh: '请示领导', en: 'Approve the client entertainment request and its budget' } },
    };
    expect(titleLines({ key: 'leaderApproval', state } as never)).toBe(3);
    expect(titleLines({ key: 'x', state: { meta: { title: { zh: '请示领导', en: 'Leader' } } } } as never)).toBe(1);
  });
});
