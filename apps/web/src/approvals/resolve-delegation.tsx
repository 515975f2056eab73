// A delegate's task (委派): no outcomes of its own; the delegate hands it back with a comment.
import type { Task } from '@liucheng/contracts';
import { Alert, App, Button, Flex, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useTaskAction } from '../api/approvals.api';
import { usePersonName } from '../api/directory.api';
import { useLanguage } from '../i18n/use-language';
import { approvalErrorText } from './approval-error';

export function ResolveDelegation({ task, enabled }: { task: Task; enabled: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const name = usePersonName();
  const { message } = App.useApp();
  const [comment, setComment] = useState('');
  const resolve = useTaskAction(task.id);
  return (
    <Flex vertical gap={12} data-testid="resolve-delegation">
      <Alert type="info" showIcon title={t('approvals.resolveHint', { user: name(task.delegatedBy ?? '') })} />
      {enabled && (
        <>
          <Input.TextArea
            rows={3}
            maxLength={2000}
            placeholder={t('approvals.commentOptional')}
            value={comment}
            onChange={(event) => setComment(event.target.value)}
          />
          <div>
            <Button
              type="primary"
              size="large"
              loading={resolve.isPending}
              onClick={() =>
                resolve.mutate(
                  { action: 'resolve', body: comment.trim() ? { comment: comment.trim() } : {} },
                  {
                    onSuccess: () => {
                      void message.success(t('approvals.done', { action: t('approvals.resolve') }));
                      navigate('/tasks');
                    },
                  },
                )
              }
            >
              {t('approvals.resolve')}
            </Button>
          </div>
        </>
      )}
      {resolve.error && (
        <Alert
          type="error"
          showIcon
          title={t('approvals.errorTitle')}
          description={approvalErrorText(resolve.error, t, language)}
        />
      )}
    </Flex>
  );
}
