// CSS that colours React Flow nodes and edges by id inside one wrapper, so the read-only StateDiagram
// can show a diff without knowing about it (React Flow renders `data-id` on every node and edge).
// Edge strokes need !important: the edge component sets its stroke inline.
import { CHANGE_COLORS, type DiagramHighlights } from './diff-highlights';

/**
 * Rules scoped to `.${scope}`: a highlighted node gets a thick outline, a highlighted edge a coloured stroke.
 * Edges match by prefix because one transition draws one edge per target (`…|<index>|<targetIndex>`).
 *
 * @example highlightCss('d1', { nodes: { a: 'added' }, edges: {} })
 * // '.d1 .react-flow__node[data-id="a"]{outline:3px solid #52c41a;…}'
 */
export function highlightCss(scope: string, highlights: DiagramHighlights): string {
  const rules: string[] = [];
  for (const [path, kind] of Object.entries(highlights.nodes)) {
    const color = CHANGE_COLORS[kind];
    rules.push(
      `.${scope} .react-flow__node[data-id=${quote(path)}]{outline:3px solid ${color};outline-offset:2px;border-radius:8px;box-shadow:0 0 0 6px ${color}33}`,
    );
  }
  for (const [key, kind] of Object.entries(highlights.edges)) {
    const color = CHANGE_COLORS[kind];
    rules.push(
      `.${scope} .react-flow__edge[data-id^=${quote(`${key}|`)}] .react-flow__edge-path{stroke:${color} !important;stroke-width:3px !important}`,
    );
  }
  return rules.join('\n');
}

// A CSS string literal: JSON's escaping of quotes and backslashes is valid CSS.
function quote(value: string): string {
  return JSON.stringify(value);
}
