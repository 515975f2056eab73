// Where the instance stands and how it got there: the active state as text, and the definition's
// diagram (from graph/, loaded on demand: its layout engine is large) with the path taken lit.
// On a phone the path is a list of steps and the diagram opens behind a toggle.
import type { HistoryEntry, StateValueContract } from '@liucheng/contracts';
import { ApartmentOutlined } from '@ant-design/icons';
import { Button, Flex, Grid } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageLoading } from '../common/page-loading';
import { StateValueText } from '../instances/state-value-text';
import { InstanceSteps } from './instance-steps';

const StateDiagram = lazy(() => import('../graph/state-diagram').then((m) => ({ default: m.StateDiagram })));

export interface InstanceDiagramProps {
  spec?: Record<string, unknown>;
  state: StateValueContract;
  /** The instance's history (its `stateAfter` sequence is the path drawn). */
  history?: readonly HistoryEntry[];
  /** The instance is over (done, failed, cancelled). */
  finished?: boolean;
}

export function InstanceDiagram({ spec, state, history, finished = false }: InstanceDiagramProps) {
  const { t } = useTranslation();
  // `md` is unknown for the first render; only a known small screen is a phone.
  const phone = Grid.useBreakpoint().md === false;
  const [open, setOpen] = useState(false);
  const showDiagram = Boolean(spec) && (!phone || open);
  return (
    <Flex vertical gap={8}>
      <StateValueText value={state} spec={spec} />
      {phone && history && !open && <InstanceSteps spec={spec} history={history} finished={finished} />}
      {phone && spec && (
        <Button
          data-testid="diagram-toggle"
          aria-expanded={open}
          icon={<ApartmentOutlined />}
          onClick={() => setOpen((o) => !o)}
          style={{ alignSelf: 'flex-start' }}
        >
          {open ? t('diagram.hide') : t('diagram.show')}
        </Button>
      )}
      {showDiagram && spec && (
        <Suspense fallback={<PageLoading />}>
          <StateDiagram
            spec={spec}
            activeState={state}
            history={history}
            audience="run"
            height={phone ? 360 : 440}
            showMinimap={!phone}
          />
        </Suspense>
      )}
    </Flex>
  );
}
