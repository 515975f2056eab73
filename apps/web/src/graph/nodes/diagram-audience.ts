// Who reads the diagram: the designer (`design`, state keys shown) or people on an instance (`run`).
import { createContext, useContext } from 'react';

export type DiagramAudience = 'design' | 'run';

export const DiagramAudienceContext = createContext<DiagramAudience>('design');

/** The audience of the diagram around this node or edge. */
export function useDiagramAudience(): DiagramAudience {
  return useContext(DiagramAudienceContext);
}
