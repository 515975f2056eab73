// 可搜索字段: which fields the audit search finds through an index (`meta.search`), picked by their
// titles from the start form; a declared path that is no start-form field stays, flagged.
import { App, Form, Select } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/use-language';
import { acceptsSearch, designerFieldChoices, MAX_SEARCH_FIELDS } from '../../spec/search-fields';

export function SearchFieldsSelect({
  spec,
  value,
  onChange,
}: {
  /** The definition (or a tree's meta as one): `meta.input`, `meta.search`, `meta.fields`, `meta.events`. */
  spec: unknown;
  value: readonly string[];
  onChange: (next: string[]) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { message } = App.useApp();
  const choices = useMemo(() => designerFieldChoices(spec, language), [spec, language]);
  return (
    <Form.Item
      label={t('designer.searchFields')}
      extra={t('designer.searchFieldsHint', { max: MAX_SEARCH_FIELDS })}
      htmlFor="search-fields"
    >
      <Select<string[]>
        id="search-fields"
        data-testid="search-fields"
        mode="multiple"
        allowClear
        placeholder={t('designer.searchFieldsPlaceholder')}
        notFoundContent={t('designer.searchNoFields')}
        optionFilterProp="label"
        value={[...value]}
        options={choices.map((choice) => ({
          value: choice.path,
          label: choice.inForm ? choice.label : t('designer.searchNotInForm', { label: choice.label }),
        }))}
        onChange={(next) => {
          if (!acceptsSearch(value, next)) {
            void message.warning(t('designer.searchFieldsMax', { max: MAX_SEARCH_FIELDS }));
            return;
          }
          onChange(next);
        }}
      />
    </Form.Item>
  );
}
