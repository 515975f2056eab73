// The first view of a read-only diagram: the whole flow when its text stays readable that way,
// otherwise the current step at a readable zoom (the rest is a pan or a zoom-out away).
import { AimOutlined } from '@ant-design/icons';
import { ControlButton, getViewportForBounds, useNodesInitialized, useReactFlow, useStore } from '@xyflow/react';
import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/** The smallest diagram text is 11px; below zoom 1 it would be drawn smaller than 11px. */
export const READABLE_ZOOM = 1;
const PADDING = 0.08;
const FOCUS_PADDING = 0.3;

/** Fits once the nodes are measured; `focus` are the node ids to centre when the whole is too small. */
export function ReadableFit({ focus }: { focus: readonly string[] }) {
  const flow = useReactFlow();
  const initialized = useNodesInitialized();
  const width = useStore((s) => s.width);
  const height = useStore((s) => s.height);
  const fitted = useRef(false);

  const toCurrent = useCallback(() => {
    const nodes = focus.length > 0 ? focus.map((id) => ({ id })) : undefined;
    return flow.fitView({ nodes, minZoom: READABLE_ZOOM, maxZoom: READABLE_ZOOM, padding: FOCUS_PADDING });
  }, [flow, focus]);

  useEffect(() => {
    if (!initialized || fitted.current || width === 0 || height === 0) return;
    fitted.current = true;
    const whole = getViewportForBounds(flow.getNodesBounds(flow.getNodes()), width, height, 0.05, 1.2, PADDING);
    void (whole.zoom >= READABLE_ZOOM ? flow.fitView({ padding: PADDING, maxZoom: 1.2 }) : toCurrent());
  }, [initialized, width, height, flow, toCurrent]);

  return <CurrentStepButton onClick={() => void toCurrent()} />;
}

function CurrentStepButton({ onClick }: { onClick: () => void }) {
  const { t } = useTranslation();
  return (
    <ControlButton onClick={onClick} title={t('diagram.current')} aria-label={t('diagram.current')}>
      <AimOutlined />
    </ControlButton>
  );
}
