// The first view of a read-only diagram: the whole flow when its text stays readable that way,
// otherwise the current step at a readable zoom (the rest is a pan or a zoom-out away).
import { AimOutlined } from '@ant-design/icons';
import { ControlButton, getViewportForBounds, useReactFlow, useStore } from '@xyflow/react';
import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { DiagramNode } from './flow-elements';
import { nodesBounds } from './node-bounds';

/** The smallest diagram text is 11px; below zoom 1 it would be drawn smaller than 11px. */
export const READABLE_ZOOM = 1;
const PADDING = 0.08;
const FOCUS_PADDING = 0.3;

/**
 * Sets the first view once the canvas has a size; `focus` are the node ids to centre when the
 * whole is too large. Bounds come from the layout, so nothing waits for DOM measuring. `follow`:
 * centre the current step again whenever it changes (a history player stepping through).
 */
export function ReadableFit({
  nodes,
  focus,
  follow = false,
}: {
  nodes: readonly DiagramNode[];
  focus: readonly string[];
  follow?: boolean;
}) {
  const flow = useReactFlow();
  const width = useStore((s) => s.width);
  const height = useStore((s) => s.height);
  const fitted = useRef(false);

  const toCurrent = useCallback(() => {
    const bounds = nodesBounds(nodes, focus) ?? nodesBounds(nodes);
    if (!bounds) return;
    void flow.setViewport(getViewportForBounds(bounds, width, height, READABLE_ZOOM, READABLE_ZOOM, FOCUS_PADDING));
  }, [flow, nodes, focus, width, height]);

  useEffect(() => {
    const whole = nodesBounds(nodes);
    if (fitted.current || width === 0 || height === 0 || !whole) return;
    fitted.current = true;
    const view = getViewportForBounds(whole, width, height, 0.05, 1.2, PADDING);
    if (view.zoom >= READABLE_ZOOM) void flow.setViewport(view);
    else toCurrent();
  }, [nodes, width, height, flow, toCurrent]);

  const focusKey = focus.join('|');
  const lastFocus = useRef(focusKey);
  useEffect(() => {
    if (!follow || !fitted.current || lastFocus.current === focusKey) return;
    lastFocus.current = focusKey;
    const whole = nodesBounds(nodes);
    // The whole flow readable at once: it is already in view, nothing to follow.
    if (whole && getViewportForBounds(whole, width, height, 0.05, 1.2, PADDING).zoom >= READABLE_ZOOM) return;
    toCurrent();
  }, [follow, focusKey, nodes, width, height, toCurrent]);

  return <CurrentStepButton onClick={toCurrent} />;
}

function CurrentStepButton({ onClick }: { onClick: () => void }) {
  const { t } = useTranslation();
  return (
    <ControlButton onClick={onClick} title={t('diagram.current')} aria-label={t('diagram.current')}>
      <AimOutlined />
    </ControlButton>
  );
}
