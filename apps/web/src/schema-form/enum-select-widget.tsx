// Enum fields as an antd Select with labelled options and no empty first option: a required
// field starts unselected (the placeholder says "please choose") and cannot be cleared; an
// optional one can be cleared.
import type { WidgetProps } from '@rjsf/utils';
import { ariaDescribedByIds } from '@rjsf/utils';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { enumChoices } from './enum-choices';

export function EnumSelectWidget(props: WidgetProps) {
  const { id, value, required, disabled, readonly, multiple, placeholder, schema, options, onChange, onBlur, onFocus } =
    props;
  const { t } = useTranslation();
  // A multiple choice's labels sit on its items (`x-enumNames` beside the items' `enum`).
  const named = multiple && typeof schema.items === 'object' && !Array.isArray(schema.items) ? schema.items : schema;
  const choices = enumChoices(named as Record<string, unknown>, options.enumOptions);
  // antd options need string or number values; the index keeps booleans and null apart.
  const items = choices.map((choice, index) => ({ value: index, label: choice.label, title: choice.label }));
  const indexOf = (item: unknown) => choices.findIndex((choice) => choice.value === item);
  const selected = multiple
    ? (Array.isArray(value) ? value : []).map(indexOf).filter((index) => index >= 0)
    : indexOf(value) >= 0
      ? indexOf(value)
      : undefined;
  const toValue = (index: unknown) => (typeof index === 'number' ? choices[index]?.value : undefined);
  return (
    <Select
      id={id}
      mode={multiple ? 'multiple' : undefined}
      value={selected}
      options={items}
      placeholder={placeholder || t('form.select')}
      allowClear={!required}
      disabled={disabled || readonly}
      style={{ width: '100%' }}
      aria-describedby={ariaDescribedByIds(id)}
      getPopupContainer={(node: HTMLElement) => node.parentElement ?? document.body}
      onChange={(next: unknown) =>
        onChange(multiple ? (Array.isArray(next) ? next.map(toValue) : []) : (toValue(next) ?? options.emptyValue))
      }
      onBlur={() => onBlur(id, value)}
      onFocus={() => onFocus(id, value)}
    />
  );
}
