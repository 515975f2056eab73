import { keyMove, movePosition, stepInterval } from './player-position';

describe('player position', () => {
  it('moves within the history and stops at its ends', () => {
    expect(movePosition(3, 5, 'forward')).toBe(4);
    expect(movePosition(5, 5, 'forward')).toBe(5);
    expect(movePosition(1, 5, 'back')).toBe(1);
    expect(movePosition(3, 5, 'first')).toBe(1);
    expect(movePosition(2, 5, 'last')).toBe(5);
    expect(movePosition(1, 0, 'forward')).toBe(0);
  });

  it('maps the keyboard: arrows, Home, End, space', () => {
    expect(['ArrowLeft', 'ArrowRight', 'Home', 'End', ' ', 'a'].map(keyMove)).toEqual([
      'back',
      'forward',
      'first',
      'last',
      'toggle',
      undefined,
    ]);
    expect(stepInterval(2)).toBe(500);
  });
});
