// One published version, read-only: its states and the JSON, with an export button.
import { ReactFlowProvider } from '@xyflow/react';
import { Drawer, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDefinitionVersion } from '../../api/definitions.api';
import { QueryResult } from '../../common/query-result';
import { StateDiagram } from '../../graph/state-diagram';
import { specJsonText } from '../io/spec-file';
import { ExportSpecButton } from '../io/export-spec-button';
import { StateOutline } from './state-outline';

export interface VersionViewDrawerProps {
  definitionKey: string;
  version: number;
  onClose: () => void;
}

export function VersionViewDrawer({ definitionKey, version, onClose }: VersionViewDrawerProps) {
  const { t } = useTranslation();
  const query = useDefinitionVersion(definitionKey, version);
  return (
    <Drawer open size="large" title={t('designer.versionViewTitle', { version })} onClose={onClose}>
      <QueryResult query={query}>
        {(data) => (
          <Space data-testid="version-view" orientation="vertical" style={{ width: '100%' }}>
            <ExportSpecButton definitionKey={definitionKey} spec={data.spec} suffix={`-v${version}`} />
            <ReactFlowProvider>
              <StateDiagram spec={data.spec} height={360} />
            </ReactFlowProvider>
            <StateOutline spec={data.spec} colors={{}} />
            <Typography.Paragraph>
              <pre style={{ maxHeight: 480, overflow: 'auto', fontSize: 12 }}>{specJsonText(data.spec)}</pre>
            </Typography.Paragraph>
          </Space>
        )}
      </QueryResult>
    </Drawer>
  );
}
