// Pure: where the history player stands and how a control or key moves it (1-based entry numbers).

export type PlayerMove = 'first' | 'back' | 'forward' | 'last';

/** The position after a move, kept within 1..total. */
export function movePosition(position: number, total: number, move: PlayerMove): number {
  if (total < 1) return 0;
  if (move === 'first') return 1;
  if (move === 'last') return total;
  const next = move === 'back' ? position - 1 : position + 1;
  return Math.min(total, Math.max(1, next));
}

/** The move a key asks for (←/→/Home/End), or `toggle` for the space bar; nothing for other keys. */
export function keyMove(key: string): PlayerMove | 'toggle' | undefined {
  switch (key) {
    case 'ArrowLeft':
      return 'back';
    case 'ArrowRight':
      return 'forward';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case ' ':
      return 'toggle';
    default:
      return undefined;
  }
}

/** Playback speeds offered, in steps per second. */
export const PLAYER_SPEEDS = [0.5, 1, 2, 4] as const;

/** Milliseconds between two steps while playing. */
export function stepInterval(speed: number): number {
  return Math.round(1000 / speed);
}
