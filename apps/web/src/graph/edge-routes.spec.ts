import type { ElkNode } from 'elkjs/lib/elk-api';
import { collectRoutes, withRoutes } from './edge-routes';
import type { StateNode, TransitionEdge } from './graph.types';
import { layoutGraph } from './layout-graph';
import { specToGraph } from './spec-to-graph';
import { workflowDefinitions } from './workflow-specs.fixture';

// A root-level edge into a group's child and an edge inside the group (its container is the group).
const elkResult = {
  id: '__root',
  x: 0,
  y: 0,
  children: [
    { id: 'a', x: 12, y: 52, width: 100, height: 50 },
    {
      id: 'g',
      x: 217,
      y: 12,
      width: 340,
      height: 110,
      children: [
        { id: 'g.x', x: 20, y: 40, width: 100, height: 50 },
        { id: 'g.y', x: 220, y: 40, width: 100, height: 50 },
      ],
    },
  ],
  edges: [
    {
      id: 'e1',
      sources: ['a'],
      targets: ['g.x'],
      container: '__root',
      labels: [{ text: 'go', x: 150, y: 67, width: 60, height: 20 }],
      sections: [
        { id: 's1', startPoint: { x: 112, y: 77 }, bendPoints: [{ x: 180, y: 77 }], endPoint: { x: 237, y: 77 } },
      ],
    },
    {
      id: 'e2',
      sources: ['g.x'],
      targets: ['g.y'],
      container: 'g',
      sections: [{ id: 's2', startPoint: { x: 120, y: 65 }, endPoint: { x: 220, y: 65 } }],
    },
  ],
} as ElkNode;

function node(id: string, x: number, y: number, parentId?: string): StateNode {
  return {
    id,
    type: 'state',
    ...(parentId ? { parentId } : {}),
    position: { x, y },
    width: 100,
    height: 50,
    data: {} as StateNode['data'],
  };
}

function edge(id: string, source: string, target: string): TransitionEdge {
  return { id, source, target, data: { kind: 'on', index: 0, targetIndex: 0 } as TransitionEdge['data'] };
}

describe('collectRoutes', () => {
  const routes = collectRoutes(elkResult);

  it.each([
    [
      'a root edge keeps its points',
      'e1',
      [
        { x: 112, y: 77 },
        { x: 180, y: 77 },
        { x: 237, y: 77 },
      ],
    ],
    [
      'an edge inside a group is shifted by the group',
      'e2',
      [
        { x: 337, y: 77 },
        { x: 437, y: 77 },
      ],
    ],
  ])('%s', (_what, id, points) => {
    expect(routes.get(id)!.points).toEqual(points);
  });

  it('leaves out a route with a slanted segment', () => {
    const slanted = structuredClone(elkResult);
    slanted.edges![1].sections![0].endPoint = { x: 220, y: 90 };
    expect([...collectRoutes(slanted).keys()]).toEqual(['e1']);
  });

  it('centres the label box and records the end nodes absolute corners', () => {
    expect(routes.get('e1')!.label).toEqual({ x: 180, y: 77 });
    expect(routes.get('e2')!.label).toBeUndefined();
    expect(routes.get('e2')!.anchors).toEqual({ source: { x: 237, y: 52 }, target: { x: 437, y: 52 } });
  });
});

describe('withRoutes', () => {
  const routes = collectRoutes(elkResult);
  const laidOut = [
    node('a', 12, 52),
    { ...node('g', 217, 12), width: 340, height: 110 },
    node('g.x', 20, 40, 'g'),
    node('g.y', 220, 40, 'g'),
  ];
  const edges = [edge('e1', 'a', 'g.x'), edge('e2', 'g.x', 'g.y')];
  const moved = (id: string, dx: number) =>
    laidOut.map((n) => (n.id === id ? { ...n, position: { x: n.position.x + dx, y: n.position.y } } : n));

  it.each([
    ['nothing moved', laidOut, [true, true]],
    ['a moved', moved('a', 40), [false, true]],
    ['g.y moved inside its group', moved('g.y', 10), [true, false]],
    ['the group moved (its children with it)', moved('g', 5), [false, false]],
  ])('%s: which edges keep a route', (_what, nodes, kept) => {
    const out = withRoutes(edges, routes, laidOut, nodes);
    expect(out.map((e) => e.data.route !== undefined)).toEqual(kept);
  });

  it('drops a route whose ends no longer match the edge', () => {
    const [out] = withRoutes([edge('e1', 'a', 'g.y')], routes, laidOut, laidOut);
    expect(out.data.route).toBeUndefined();
  });
});

describe('layoutGraph routes', () => {
  const spec = workflowDefinitions().find(([key]) => key === 'real-estate-filing')![2];

  it('routes every edge between different, unrelated states from its source to its target', async () => {
    const graph = await layoutGraph(specToGraph(spec));
    const boxes = new Map<string, { x: number; y: number; w: number; h: number }>();
    const abs = (n: StateNode): { x: number; y: number } => {
      const parent = graph.nodes.find((p) => p.id === n.parentId);
      const base = parent ? abs(parent) : { x: 0, y: 0 };
      return { x: base.x + n.position.x, y: base.y + n.position.y };
    };
    graph.nodes.forEach((n) => boxes.set(n.id, { ...abs(n), w: n.width!, h: n.height! }));
    const near = (p: { x: number; y: number }, id: string) => {
      const b = boxes.get(id)!;
      return p.x >= b.x - 1 && p.x <= b.x + b.w + 1 && p.y >= b.y - 1 && p.y <= b.y + b.h + 1;
    };
    const routed = graph.edges.filter((e) => e.data.route);
    expect(routed.length).toBeGreaterThan(3);
    for (const e of routed) {
      const points = e.data.route!.points;
      expect(near(points[0], e.source)).toBe(true);
      expect(near(points[points.length - 1], e.target)).toBe(true);
    }
  });
});
