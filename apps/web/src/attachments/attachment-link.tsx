// An attachment's file name as a download link: the bytes are fetched with the session's token.
import { Typography, message } from 'antd';
import { useTranslation } from 'react-i18next';
import { downloadAttachment } from '../api/attachments.api';
import type { AttachmentValue } from './attachment-value';

export function AttachmentLink({ value }: { value: Pick<AttachmentValue, 'attachmentId' | 'filename'> }) {
  const { t } = useTranslation();
  return (
    <Typography.Link
      className="liucheng-attachment-link"
      title={t('attachment.download')}
      onClick={() =>
        downloadAttachment(value.attachmentId, value.filename).catch(
          () => void message.error(t('attachment.downloadFailed')),
        )
      }
    >
      {value.filename}
    </Typography.Link>
  );
}
