import { validateDefinition } from '@liucheng/engine';
import { workflowRegistry } from '@liucheng/workflows';
import { layoutGraph } from './layout-graph';
import { specToGraph } from './spec-to-graph';
import { syntheticSpec } from './synthetic-spec.fixture';
import { workflowDefinitions } from './workflow-specs.fixture';

const specs = new Map(workflowDefinitions().map(([key, , spec]) => [key, spec]));

describe('layoutGraph', () => {
  it('places children inside their group and sizes the group around them', async () => {
    const { nodes } = await layoutGraph(specToGraph(specs.get('real-estate-filing')!));
    const review = nodes.find((n) => n.id === 'review')!;
    for (const child of nodes.filter((n) => n.parentId === 'review')) {
      expect(child.position.x).toBeGreaterThanOrEqual(0);
      expect(child.position.y).toBeGreaterThanOrEqual(0);
      expect(child.position.x + (child.width ?? 0)).toBeLessThanOrEqual(review.width!);
      expect(child.position.y + (child.height ?? 0)).toBeLessThanOrEqual(review.height!);
    }
  });

  it('gives top-level states distinct positions', async () => {
    const { nodes } = await layoutGraph(specToGraph(specs.get('entertainment-expense')!));
    const top = nodes.filter((n) => !n.parentId).map((n) => `${n.position.x},${n.position.y}`);
    expect(new Set(top).size).toBe(top.length);
  });

  it('is deterministic and keeps meta.position', async () => {
    const spec = structuredClone(specs.get('entertainment-expense')!);
    const first = await layoutGraph(specToGraph(spec));
    const again = await layoutGraph(specToGraph(spec));
    expect(again.nodes.map((n) => n.position)).toEqual(first.nodes.map((n) => n.position));
    spec.states.hosting.meta!.position = { x: 1234, y: 567 };
    const moved = await layoutGraph(specToGraph(spec));
    expect(moved.nodes.find((n) => n.id === 'hosting')!.position).toEqual({ x: 1234, y: 567 });
  });

  it('lays out a valid 300-state definition (prints the time)', async () => {
    const spec = syntheticSpec(13, 21);
    const graph = specToGraph(spec);
    expect(graph.nodes.length).toBe(300);
    expect(validateDefinition(spec, workflowRegistry).errors).toEqual([]);
    const started = performance.now();
    const laidOut = await layoutGraph(graph);
    const ms = Math.round(performance.now() - started);
    console.log(`layoutGraph: 300 states, ${graph.edges.length} edges in ${ms} ms`);
    expect(laidOut.nodes.every((n) => Number.isFinite(n.position.x) && Number.isFinite(n.position.y))).toBe(true);
  }, 60000);
});
