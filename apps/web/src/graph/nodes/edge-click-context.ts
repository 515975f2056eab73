// Lets an editable canvas hear clicks on edge labels (labels are HTML outside React Flow's edge hit area).
import { createContext } from 'react';

export const EdgeLabelClickContext = createContext<((edgeId: string) => void) | null>(null);
