// Date and date-time fields as antd DatePickers showing the user's format (2026年12月1日 /
// Dec 1, 2026) in the UI language; the form data stays ISO (YYYY-MM-DD, or an ISO date-time).
import type { WidgetProps } from '@rjsf/utils';
import { ariaDescribedByIds } from '@rjsf/utils';
import { DatePicker } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { datePickerFormats, dateTimePickerFormats } from '../i18n/picker-format';
import { useLanguage } from '../i18n/use-language';

function LocalPicker({ showTime, ...props }: WidgetProps & { showTime: boolean }) {
  const { id, value, disabled, readonly, placeholder, onChange, onBlur, onFocus } = props;
  const language = useLanguage();
  const parsed = typeof value === 'string' && value ? dayjs(value) : undefined;
  return (
    <DatePicker
      id={id}
      name={id}
      showTime={showTime ? { format: 'HH:mm' } : false}
      format={showTime ? dateTimePickerFormats(language) : datePickerFormats(language)}
      value={parsed?.isValid() ? parsed : undefined}
      disabled={disabled || readonly}
      placeholder={placeholder || undefined}
      style={{ width: '100%' }}
      aria-describedby={ariaDescribedByIds(id)}
      getPopupContainer={(node: HTMLElement) => node.parentElement ?? document.body}
      onChange={(next: Dayjs | null) =>
        onChange(next ? (showTime ? next.toISOString() : next.format('YYYY-MM-DD')) : props.options.emptyValue)
      }
      onBlur={() => onBlur(id, value)}
      onFocus={() => onFocus(id, value)}
    />
  );
}

export function LocalDateWidget(props: WidgetProps) {
  return <LocalPicker {...props} showTime={false} />;
}

export function LocalDateTimeWidget(props: WidgetProps) {
  return <LocalPicker {...props} showTime />;
}
