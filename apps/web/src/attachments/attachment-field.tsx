// The rjsf field for an `x-attachment` object: pick a file, upload it with progress, then show
// its name, size and a remove button; the field's value is the upload's answer.
import { DeleteOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import type { ErrorSchema, FieldProps } from '@rjsf/utils';
import type { TFunction } from 'i18next';
import { Alert, Button, Progress, Space, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/api-error';
import { uploadAttachment } from '../api/attachments.api';
import { useLanguage } from '../i18n/use-language';
import { AttachmentLink } from './attachment-link';
import {
  acceptOf,
  attachmentErrorCode,
  formatFileSize,
  isAttachmentValue,
  toAttachmentValue,
} from './attachment-value';

export function AttachmentField(props: FieldProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { schema, formData, fieldPathId, onChange, disabled, readonly, required } = props;
  const [progress, setProgress] = useState<number | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const value = isAttachmentValue(formData) ? formData : undefined;
  const busy = progress !== null;

  const upload = async (file: File) => {
    setFailure(null);
    setProgress(0);
    try {
      const uploaded = await uploadAttachment(file, (fraction) => setProgress(Math.round(fraction * 100)));
      onChange(toAttachmentValue(uploaded), fieldPathId.path);
    } catch (error) {
      setFailure(uploadFailureLabel(error, t));
    } finally {
      setProgress(null);
    }
  };

  return (
    <div className="liucheng-attachment-field" data-field={props.name}>
      <Typography.Text className="liucheng-attachment-title">
        {required && <span className="liucheng-attachment-required">* </span>}
        {schema.title ?? props.name}
      </Typography.Text>
      <div>
        {value ? (
          <Space wrap>
            <PaperClipOutlined />
            <AttachmentLink value={value} />
            <Typography.Text type="secondary">{formatFileSize(value.size, language)}</Typography.Text>
            {!disabled && !readonly && (
              <Button
                size="small"
                icon={<DeleteOutlined />}
                onClick={() => onChange(undefined, fieldPathId.path)}
                aria-label={t('attachment.remove')}
              >
                {t('attachment.remove')}
              </Button>
            )}
          </Space>
        ) : (
          <Upload
            accept={acceptOf(schema)}
            showUploadList={false}
            disabled={disabled || readonly || busy}
            beforeUpload={(file) => {
              void upload(file);
              // The upload is ours (with the session's token), not antd's.
              return false;
            }}
          >
            <Button icon={<UploadOutlined />} loading={busy} disabled={disabled || readonly}>
              {busy ? t('attachment.uploading') : t('attachment.upload')}
            </Button>
          </Upload>
        )}
      </div>
      {busy && <Progress percent={progress ?? 0} size="small" />}
      {failure && <Alert type="error" showIcon message={failure} className="liucheng-attachment-error" />}
      {nestedErrors(props.errorSchema).map((message) => (
        <Typography.Text key={message} type="danger" className="liucheng-attachment-error ant-form-item-explain-error">
          {message}
        </Typography.Text>
      ))}
    </div>
  );
}

// The object's own errors show in its template; a sub-field's (say `/attachmentId` from a 422, or
// "required" while rjsf's default `{}` stands for no file) has no input of its own here, so it is
// listed under the field, once per message, styled as antd's field errors.
function nestedErrors(errorSchema: ErrorSchema | undefined): string[] {
  if (!errorSchema) return [];
  const messages = new Set<string>();
  for (const [key, child] of Object.entries(errorSchema)) {
    if (key === '__errors' || !child) continue;
    for (const message of (child as { __errors?: string[] }).__errors ?? []) messages.add(message);
  }
  return [...messages];
}

function uploadFailureLabel(error: unknown, t: TFunction): string {
  if (!(error instanceof ApiError)) return t('attachment.uploadFailed');
  const code = attachmentErrorCode(error.body);
  return code ? t(`problems.${code}`) : `${t('attachment.uploadFailed')}: ${error.message}`;
}
