// The state value as text: each active leaf path, with its localized title when the spec is known.
import type { StateValueContract } from '@liucheng/contracts';
import { Space, Typography } from 'antd';
import { pickLabel } from '../i18n/localize';
import { useLanguage } from '../i18n/use-language';
import { stateTitle, stateValuePaths } from '../spec/spec-meta';

export function StateValueText({ value, spec }: { value: StateValueContract; spec?: unknown }) {
  const language = useLanguage();
  return (
    <Space size={[8, 2]} wrap>
      {stateValuePaths(value).map((path) => {
        const title = spec ? pickLabel(stateTitle(spec, path), language) : '';
        return (
          <span key={path}>
            {title && <Typography.Text strong>{title} </Typography.Text>}
            <Typography.Text code>{path}</Typography.Text>
          </span>
        );
      })}
    </Space>
  );
}
