// First / back / play-pause / forward / last, the speed, "step N of M" and a slider over the entries.
import {
  CaretRightOutlined,
  PauseOutlined,
  StepBackwardOutlined,
  StepForwardOutlined,
  VerticalLeftOutlined,
  VerticalRightOutlined,
} from '@ant-design/icons';
import { Button, Flex, Select, Slider, Space, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PLAYER_SPEEDS } from './player-position';
import type { Player } from './use-player';

export function PlayerControls({ player, total }: { player: Player; total: number }) {
  const { t } = useTranslation();
  const { position } = player;
  const control = (testId: string, label: string, icon: React.ReactNode, onClick: () => void, disabled: boolean) => (
    <Tooltip title={label}>
      <Button data-testid={testId} aria-label={label} icon={icon} onClick={onClick} disabled={disabled} />
    </Tooltip>
  );
  return (
    <Flex vertical gap={8} data-testid="player-controls">
      <Flex wrap gap={8} align="center" justify="space-between">
        <Space wrap>
          {control(
            'player-first',
            t('audit.first'),
            <VerticalRightOutlined />,
            () => player.move('first'),
            position <= 1,
          )}
          {control(
            'player-back',
            t('audit.previous'),
            <StepBackwardOutlined />,
            () => player.move('back'),
            position <= 1,
          )}
          <Button
            data-testid="player-play"
            type="primary"
            icon={player.playing ? <PauseOutlined /> : <CaretRightOutlined />}
            onClick={player.toggle}
            disabled={total < 2}
          >
            {player.playing ? t('audit.pause') : t('audit.play')}
          </Button>
          {control(
            'player-forward',
            t('audit.next'),
            <StepForwardOutlined />,
            () => player.move('forward'),
            position >= total,
          )}
          {control(
            'player-last',
            t('audit.last'),
            <VerticalLeftOutlined />,
            () => player.move('last'),
            position >= total,
          )}
          <Select
            data-testid="player-speed"
            aria-label={t('audit.speed')}
            style={{ width: 120 }}
            value={player.speed}
            onChange={player.setSpeed}
            options={PLAYER_SPEEDS.map((speed) => ({ value: speed, label: t('audit.speedValue', { speed }) }))}
          />
        </Space>
        <Typography.Text strong data-testid="player-position" data-seq={position}>
          {t('audit.position', { seq: position, total })}
        </Typography.Text>
      </Flex>
      {total > 1 && (
        <Slider
          data-testid="player-slider"
          min={1}
          max={total}
          value={position}
          onChange={(value: number) => player.goTo(value)}
          tooltip={{ formatter: (value) => t('audit.position', { seq: value, total }) }}
        />
      )}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('audit.keys')}
      </Typography.Text>
    </Flex>
  );
}
