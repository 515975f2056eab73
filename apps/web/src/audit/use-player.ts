// The history player's state: position (1-based), playing and speed; play advances on a timer and
// stops at the last step; ←/→/Home/End/space anywhere on the page except while typing or on the slider.
import { useCallback, useEffect, useState } from 'react';
import { keyMove, movePosition, stepInterval, type PlayerMove } from './player-position';

export interface Player {
  position: number;
  playing: boolean;
  speed: number;
  move: (move: PlayerMove) => void;
  goTo: (position: number) => void;
  toggle: () => void;
  setSpeed: (speed: number) => void;
}

/** Keys typed into a field, or handled by a focused control itself, are not the player's. */
function ownedByControl(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.closest('input, textarea, select, [contenteditable="true"], [role="slider"], .ant-select')) return true;
  return key === ' ' && target.closest('button, a, [role="button"]') !== null;
}

export function usePlayer(total: number): Player {
  const [position, setPosition] = useState(1);
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState(1);

  // Playing stops by itself at the last step.
  const running = playing && position < total;
  const move = useCallback((m: PlayerMove) => setPosition((p) => movePosition(p, total, m)), [total]);
  const goTo = useCallback((p: number) => setPosition(Math.min(total, Math.max(1, p))), [total]);
  const toggle = useCallback(() => {
    // Play from the start when at the end, as a media player does.
    if (!running && position >= total) setPosition(1);
    setPlaying(!running);
  }, [running, position, total]);

  useEffect(() => {
    if (!running) return undefined;
    const timer = setTimeout(() => setPosition((p) => movePosition(p, total, 'forward')), stepInterval(speed));
    return () => clearTimeout(timer);
  }, [running, position, speed, total]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const asked = keyMove(event.key);
      if (!asked || event.altKey || event.ctrlKey || event.metaKey || ownedByControl(event.target, event.key)) return;
      event.preventDefault();
      if (asked === 'toggle') toggle();
      else {
        setPlaying(false);
        move(asked);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [move, toggle]);

  return { position: Math.min(position, Math.max(total, 1)), playing: running, speed, move, goTo, toggle, setSpeed };
}
