// The analytics heatmap: a colour per state from its median stay, light (short) to red (long);
// the red end stays light enough for the node's grey text to read on it.
import type { VersionAnalyticsReport } from '@liucheng/contracts';
import type { NodeHeat } from '../graph/flow-elements';

const LIGHT = [255, 247, 230] as const;
const DEEP = [255, 120, 117] as const;

/** The colour of `value` on a 0…`max` scale (linear; a max of 0 is the light end). */
export function heatColour(value: number, max: number): string {
  const f = max > 0 ? Math.min(1, Math.max(0, value / max)) : 0;
  const [r, g, b] = LIGHT.map((c, i) => Math.round(c + (DEEP[i] - c) * f));
  return `rgb(${r}, ${g}, ${b})`;
}

/** Heat for every state with finished stays, by state path; badge and tooltip texts from the caller. */
export function analyticsHeat(
  states: VersionAnalyticsReport['states'],
  texts: (state: string, stay: VersionAnalyticsReport['states'][string]) => { badge: string; detail: string },
): Record<string, NodeHeat> {
  const medians = Object.values(states).flatMap((s) => (s.medianMs === null ? [] : [s.medianMs]));
  const max = Math.max(0, ...medians);
  const heat: Record<string, NodeHeat> = {};
  for (const [state, stay] of Object.entries(states)) {
    if (stay.medianMs === null) continue;
    heat[state] = { colour: heatColour(stay.medianMs, max), ...texts(state, stay) };
  }
  return heat;
}
