// The state value as text: each active leaf path by its localized title when the spec gives one
// (the path itself only as a hover hint), else the path; readers never see raw keys beside titles.
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
        return title ? (
          <Typography.Text key={path} strong title={path} data-state-path={path}>
            {title}
          </Typography.Text>
        ) : (
          <Typography.Text key={path} code data-state-path={path}>
            {path}
          </Typography.Text>
        );
      })}
    </Space>
  );
}
