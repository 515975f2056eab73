// The history player: the steps the engine recomputed from history, one at a time. At each step the
// diagram of the instance's version with the active states lit and the path so far drawn, the
// event (who, when) and the context with what changed since the step before.
import type { ReplayStepContract } from '@liucheng/contracts';
import { Card, Col, Descriptions, Flex, Row } from 'antd';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { PageLoading } from '../common/page-loading';
import { useLanguage } from '../i18n/use-language';
import { StateValueText } from '../instances/state-value-text';
import type { SpecMeta } from '../spec/spec-meta';
import { UserName } from '../users/user-name';
import { formatShanghai } from './audit-format';
import { ContextChanges } from './context-changes';
import { eventLabel } from './event-label';
import { moneyPaths } from './money-field';
import { namedPaths } from './named-fields';
import { PlayerControls } from './player-controls';
import type { Player } from './use-player';

const StateDiagram = lazy(() => import('../graph/state-diagram').then((m) => ({ default: m.StateDiagram })));

export interface HistoryPlayerProps {
  steps: ReplayStepContract[];
  spec?: Record<string, unknown>;
  meta: SpecMeta;
  player: Player;
}

export function HistoryPlayer({ steps, spec, meta, player }: HistoryPlayerProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const step = steps[player.position - 1];
  if (!step) return null;
  // The path so far as the diagram draws it: the recomputed state after each step up to this one.
  const path = steps.slice(0, player.position).map((s) => ({ type: s.type, stateAfter: s.state }));
  const money = moneyPaths(spec);
  const named = namedPaths(spec);

  return (
    <Flex vertical gap={12} data-testid="history-player" data-seq={step.seq}>
      <PlayerControls player={player} total={steps.length} />
      <Descriptions size="small" column={{ xs: 1, md: 3 }} bordered data-testid="player-step">
        <Descriptions.Item label={t('history.type')}>
          <span data-testid="player-event">{eventLabel(step.type, meta, language, t)}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('audit.stepBy')}>
          <UserName username={step.actor} />
        </Descriptions.Item>
        <Descriptions.Item label={t('audit.stepAt')}>{formatShanghai(step.at, language)}</Descriptions.Item>
        <Descriptions.Item label={t('audit.activeStates')} span={3}>
          <span data-testid="player-state" data-active={step.activeStates.join(' ')}>
            <StateValueText value={step.state} spec={spec} />
          </span>
        </Descriptions.Item>
      </Descriptions>
      <Row gutter={[12, 12]}>
        <Col xs={24} xl={14}>
          <Card size="small" title={t('audit.diagram', { seq: step.seq })} data-testid="player-diagram">
            {spec && (
              <Suspense fallback={<PageLoading />}>
                <StateDiagram
                  spec={spec}
                  activeState={step.state}
                  history={path}
                  audience="run"
                  height={420}
                  followCurrent
                />
              </Suspense>
            )}
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card size="small" title={t('audit.contextAt', { seq: step.seq })}>
            <ContextChanges context={step.context} changes={step.changes} money={money} named={named} />
          </Card>
        </Col>
      </Row>
    </Flex>
  );
}
