// "Verify" button: GET /verify and show ok, or the first bad seq and why (labelled by the reason code).
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useVerifyInstance } from '../api/instances.api';
import { ErrorAlert } from '../common/error-alert';

export function VerifyChain({ instanceId }: { instanceId: string }) {
  const { t } = useTranslation();
  const verify = useVerifyInstance(instanceId);
  const result = verify.data;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Button icon={<SafetyCertificateOutlined />} loading={verify.isPending} onClick={() => verify.mutate()}>
        {t('verify.button')}
      </Button>
      {result?.ok && <Alert type="success" showIcon title={t('verify.ok', { checked: result.checked })} />}
      {result && !result.ok && (
        <Alert
          type="error"
          showIcon
          title={result.firstBadSeq !== undefined ? t('verify.bad', { seq: result.firstBadSeq }) : t('verify.badNoSeq')}
          description={
            result.code
              ? t(`verify.code-${result.code}`)
              : result.reason && t('verify.reason', { reason: result.reason })
          }
        />
      )}
      {verify.error && <ErrorAlert error={verify.error} />}
    </Space>
  );
}
