// "Export JSON": downloads the spec as <key>.json exactly as given, pretty-printed.
import { DownloadOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { downloadText } from './download-text';
import { specFileName, specJsonText } from './spec-file';

export interface ExportSpecButtonProps {
  definitionKey: string;
  spec: unknown;
  /** Suffix for the file name, e.g. `-v2` for a published version. */
  suffix?: string;
}

export function ExportSpecButton({ definitionKey, spec, suffix = '' }: ExportSpecButtonProps) {
  const { t } = useTranslation();
  return (
    <Button
      data-testid="export-json"
      icon={<DownloadOutlined />}
      disabled={!spec}
      onClick={() => downloadText(specFileName(`${definitionKey}${suffix}`), specJsonText(spec))}
    >
      {t('designer.exportJson')}
    </Button>
  );
}
