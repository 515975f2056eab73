// Where the instance stands: the active state as text, and the definition's diagram (from
// graph/, loaded on demand: its layout engine is large) with the active state highlighted.
import type { StateValueContract } from '@liucheng/contracts';
import { Flex, Grid } from 'antd';
import { lazy, Suspense } from 'react';
import { PageLoading } from '../common/page-loading';
import { StateValueText } from '../instances/state-value-text';

const StateDiagram = lazy(() => import('../graph/state-diagram').then((m) => ({ default: m.StateDiagram })));

export function InstanceDiagram({ spec, state }: { spec?: Record<string, unknown>; state: StateValueContract }) {
  const screens = Grid.useBreakpoint();
  return (
    <Flex vertical gap={8}>
      <StateValueText value={state} spec={spec} />
      {spec && (
        <Suspense fallback={<PageLoading />}>
          <StateDiagram spec={spec} activeState={state} height={screens.md ? 420 : 320} />
        </Suspense>
      )}
    </Flex>
  );
}
