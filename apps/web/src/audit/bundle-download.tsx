// 下载证据包: one instance's evidence bundle as JSON (for `npx liucheng verify`), CSV, or the printable report.
import { DownloadOutlined } from '@ant-design/icons';
import { Dropdown, Button, message } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadBundle, type BundleFormat } from '../api/evidence-bundle.api';
import { useLanguage } from '../i18n/use-language';

const FORMATS: BundleFormat[] = ['json', 'csv', 'html'];

export function BundleDownload({ instanceId }: { instanceId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [busy, setBusy] = useState(false);
  const download = (format: BundleFormat) => {
    setBusy(true);
    downloadBundle(instanceId, format, language)
      .catch(() => void message.error(t('audit.downloadFailed')))
      .finally(() => setBusy(false));
  };
  return (
    <Dropdown
      menu={{
        items: FORMATS.map((format) => ({ key: format, label: t(`audit.bundle-${format}`) })),
        onClick: ({ key }) => download(key as BundleFormat),
      }}
    >
      <Button data-testid="bundle-download" icon={<DownloadOutlined />} loading={busy}>
        {t('audit.download')}
      </Button>
    </Dropdown>
  );
}
