import { graphToSpec } from './graph-to-spec';
import { specToGraph } from './spec-to-graph';
import { workflowDefinitions } from './workflow-specs.fixture';
import { setStateTitle } from '../designer/editing/spec-edits';
import { walkStates } from './state-tree';

const definitions = workflowDefinitions();

describe('spec -> graph -> spec', () => {
  it('covers every workflow definition', () => {
    expect(definitions.length).toBeGreaterThanOrEqual(15);
  });

  it.each(definitions)('%s comes back identical, key order included', (_key, _text, spec) => {
    const graph = specToGraph(spec);
    const rebuilt = graphToSpec(graph, spec);
    expect(rebuilt).toEqual(spec);
    expect(JSON.stringify(rebuilt, null, 2)).toBe(JSON.stringify(spec, null, 2));
  });

  it.each(definitions)('%s has one node per state and no dangling edge', (_key, _text, spec) => {
    const graph = specToGraph(spec);
    expect(graph.nodes.map((n) => n.id)).toEqual(walkStates(spec).map((s) => s.path));
    expect(graph.edges.filter((e) => e.data.dangling)).toEqual([]);
  });

  it.each(definitions)('%s: editing one zh title changes exactly that line of the saved JSON', (_key, _text, spec) => {
    const path = walkStates(spec).find((s) => s.state.meta?.title)?.path as string;
    const edited = setStateTitle(spec, path, 'zh', '改过的标题');
    const before = JSON.stringify(graphToSpec(specToGraph(spec), spec), null, 2).split('\n');
    const after = JSON.stringify(graphToSpec(specToGraph(edited), edited), null, 2).split('\n');
    expect(after).toHaveLength(before.length);
    const changed = after.flatMap((line, i) => (line === before[i] ? [] : [[before[i], line]]));
    expect(changed).toHaveLength(1);
    expect(changed[0][1].trim()).toBe('"zh": "改过的标题",');
  });
});
