// Sizes of the drawn state nodes; layout and the node components share them so boxes and layout agree.
import type { LocalizedText } from '@liucheng/engine';
import type { StateNodeData } from './graph.types';

export const NODE_WIDTH = 200;
export const GROUP_PADDING = { top: 40, left: 20, bottom: 20, right: 20 };
/** Height of one title line (13px text, line height 1.35). */
export const TITLE_LINE = 18;
const MAX_TITLE_LINES = 3;
/** Title space in a card (width less padding and the start marker), in px of 13px text. */
const TITLE_ROOM = NODE_WIDTH - 20 - 18;
const FINAL_TITLE_ROOM = 150 - 24 - 20;

/** Rough width of `text` at 13px: CJK characters a full em, others a little over half. */
function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u2e80-\u9fff\uff00-\uffef]/.test(ch) ? 13 : 7.4;
  return width;
}

/**
 * Lines the title wraps to, the longer of its two languages (so switching language moves nothing).
 *
 * @example titleLines({ state: { meta: { title: { zh: '审批', en: 'Approve the client entertainment request' } } } } as never) // 2
 */
export function titleLines(data: Pick<StateNodeData, 'state' | 'key'>, room = TITLE_ROOM): number {
  const meta = data.state?.meta as { title?: LocalizedText; task?: { title?: LocalizedText } } | undefined;
  const title = meta?.title ?? meta?.task?.title;
  const widest = Math.max(textWidth(title?.zh ?? ''), textWidth(title?.en ?? ''), textWidth(data.key ?? ''));
  return Math.min(MAX_TITLE_LINES, Math.max(1, Math.ceil(widest / room)));
}

/** The size of a leaf state node as drawn (groups are sized by the layout); long titles make it taller. */
export function leafSize(data: StateNodeData): { width: number; height: number } {
  // A final state's pill: 150 wide less padding and its check mark.
  if (data.final) return { width: 150, height: 48 + (titleLines(data, FINAL_TITLE_ROOM) - 1) * TITLE_LINE };
  const extra = (titleLines(data) - 1) * TITLE_LINE;
  if (data.task) return { width: NODE_WIDTH, height: 92 + extra };
  return { width: NODE_WIDTH, height: 56 + extra };
}
