// A compact outline of a spec's states, each tagged with its highlight colour (diff or active state).
import { Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { pickLabel } from '../../i18n/localize';
import { useLanguage } from '../../i18n/use-language';
import { flattenSpec } from './spec-walk';

export interface StateOutlineProps {
  spec: unknown;
  /** Colour by state path. */
  colors: Record<string, string | undefined>;
  testId?: string;
}

export function StateOutline({ spec, colors, testId }: StateOutlineProps) {
  const language = useLanguage();
  const states = useMemo(() => [...flattenSpec(spec).states.values()], [spec]);
  return (
    <div data-testid={testId} style={{ display: 'flex', flexWrap: 'wrap', gap: 4 }}>
      {states.map((state) => {
        const color = colors[state.path];
        return (
          <Tag
            key={state.path}
            data-path={state.path}
            data-highlight={color ? 'true' : undefined}
            color={color}
            style={{ marginInlineStart: (state.path.split('.').length - 1) * 12 }}
          >
            <Typography.Text strong={Boolean(color)} style={{ color: 'inherit' }}>
              {pickLabel(state.title, language, state.path)}
            </Typography.Text>{' '}
            <Typography.Text type="secondary" style={{ fontSize: 11 }}>
              {state.path}
            </Typography.Text>
          </Tag>
        );
      })}
    </div>
  );
}
