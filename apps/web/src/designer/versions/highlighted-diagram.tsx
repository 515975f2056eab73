// The canvas's read-only StateDiagram with diff colours laid over it by scoped CSS.
import type { WorkflowSpec } from '@liucheng/engine';
import { ReactFlowProvider } from '@xyflow/react';
import { useId } from 'react';
import { StateDiagram } from '../../graph/state-diagram';
import type { DiagramHighlights } from './diff-highlights';
import { highlightCss } from './highlight-css';

export interface HighlightedDiagramProps {
  spec: unknown;
  highlights: DiagramHighlights;
  height?: number;
  testId?: string;
}

export function HighlightedDiagram({ spec, highlights, height = 380, testId }: HighlightedDiagramProps) {
  // useId gives ":r1:"-style ids; keep only characters valid in a class name.
  const scope = `lc-hl-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  return (
    <div className={scope} data-testid={testId}>
      <style>{highlightCss(scope, highlights)}</style>
      {/* Its own React Flow store: inside the designer page the editable canvas has one already. */}
      <ReactFlowProvider>
        <StateDiagram spec={spec as WorkflowSpec} height={height} />
      </ReactFlowProvider>
    </div>
  );
}
