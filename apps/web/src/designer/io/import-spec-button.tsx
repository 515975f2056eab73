// "Import JSON": pick a file, check it in the browser, and only then save it as the draft.
import { UploadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ImportReviewModal } from './import-review-modal';
import { useSaveDraft } from './save-draft.api';
import { checkImport, mayImport, type ImportCheck } from './spec-file';

export interface ImportSpecButtonProps {
  /** The definition imported into; absent for a new workflow (its key is the spec's id). */
  definitionKey?: string;
  /** Existing keys, to warn that a new-workflow import replaces a draft. */
  existingKeys?: string[];
  label?: string;
  /** Called after the server saved the draft. */
  onImported?: (spec: Record<string, unknown>, key: string) => void;
}

export function ImportSpecButton({ definitionKey, existingKeys, label, onImported }: ImportSpecButtonProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const input = useRef<HTMLInputElement>(null);
  const [review, setReview] = useState<{ fileName: string; check: ImportCheck } | null>(null);
  const saveDraft = useSaveDraft();

  const pick = async (file: File | undefined) => {
    if (!file) return;
    const text = await file.text();
    saveDraft.reset();
    setReview({ fileName: file.name, check: checkImport(text, definitionKey) });
  };

  const confirm = (check: ImportCheck) => {
    if (check.kind !== 'spec') return;
    saveDraft.mutate(
      { key: check.key, spec: check.spec },
      {
        onSuccess: () => {
          setReview(null);
          void message.success(t('designer.importDone'));
          onImported?.(check.spec, check.key);
        },
      },
    );
  };

  return (
    <>
      <input
        ref={input}
        type="file"
        accept="application/json,.json"
        data-testid="import-file-input"
        style={{ display: 'none' }}
        onChange={(e) => {
          void pick(e.target.files?.[0]);
          e.target.value = '';
        }}
      />
      <Button data-testid="import-json" icon={<UploadOutlined />} onClick={() => input.current?.click()}>
        {label ?? t('designer.importJson')}
      </Button>
      {review && (
        <ImportReviewModal
          key={review.fileName}
          fileName={review.fileName}
          check={review.check}
          existingKeys={existingKeys}
          saving={saveDraft.isPending}
          saveError={saveDraft.error}
          onConfirm={() => mayImport(review.check, true) && confirm(review.check)}
          onCancel={() => setReview(null)}
        />
      )}
    </>
  );
}
