// A choice field's options: each a label in both languages; outside simple mode also its stored
// value (simple mode names new options `option1`, … and never shows the value).
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Input, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FormField } from './form-fields';

export interface ChoiceOptionsProps {
  field: FormField;
  plain: boolean;
  onChange: (patch: Pick<FormField, 'options' | 'optionLabels'>, coalesceKey?: string) => void;
}

export function ChoiceOptions({ field, plain, onChange }: ChoiceOptionsProps) {
  const { t } = useTranslation();
  const options = field.options ?? [];
  const labels = options.map((value, i) => field.optionLabels?.[i] ?? { zh: value, en: value });
  const write = (nextOptions: string[], nextLabels: typeof labels, key?: string) =>
    onChange({ options: nextOptions, optionLabels: nextLabels }, key);
  const freeValue = () => {
    let n = options.length + 1;
    while (options.includes(`option${n}`)) n += 1;
    return `option${n}`;
  };
  return (
    <Space orientation="vertical" size={2} style={{ width: '100%' }} data-testid="choice-options">
      {options.map((value, i) => (
        <Space.Compact key={i} size="small" style={{ width: '100%' }} data-testid="choice-option">
          {!plain && (
            <Input
              style={{ width: '30%' }}
              aria-label={t('designer.edOptionValue')}
              placeholder={t('designer.edOptionValue')}
              value={value}
              onChange={(e) =>
                write(
                  options.map((o, j) => (j === i ? e.target.value.trim() : o)),
                  labels,
                  `opt:${i}:value`,
                )
              }
            />
          )}
          <Input
            aria-label={t('designer.edOptionZh')}
            placeholder={t('designer.edOptionZh')}
            value={labels[i].zh}
            onChange={(e) =>
              write(
                options,
                labels.map((l, j) => (j === i ? { ...l, zh: e.target.value } : l)),
                `opt:${i}:zh`,
              )
            }
          />
          <Input
            aria-label={t('designer.edOptionEn')}
            placeholder={t('designer.edOptionEn')}
            value={labels[i].en}
            onChange={(e) =>
              write(
                options,
                labels.map((l, j) => (j === i ? { ...l, en: e.target.value } : l)),
                `opt:${i}:en`,
              )
            }
          />
          <Button
            icon={<DeleteOutlined />}
            aria-label={t('designer.edRemoveOption')}
            onClick={() =>
              write(
                options.filter((_, j) => j !== i),
                labels.filter((_, j) => j !== i),
              )
            }
          />
        </Space.Compact>
      ))}
      <Button
        size="small"
        type="dashed"
        icon={<PlusOutlined />}
        data-testid="add-option"
        onClick={() => write([...options, freeValue()], [...labels, { zh: '', en: '' }])}
      >
        {t('designer.edAddOption')}
      </Button>
    </Space>
  );
}
