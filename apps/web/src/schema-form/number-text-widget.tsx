// A number field as a plain text input: what was typed stays on screen exactly (−760 is not turned
// into 0, letters are not erased), and the validator explains what is wrong with it.
import type { WidgetProps } from '@rjsf/utils';
import { ariaDescribedByIds } from '@rjsf/utils';
import { Input } from 'antd';
import { useState } from 'react';
import { numberFromText, textForNumber, textMatchesValue } from './number-text';

export function NumberTextWidget({
  id,
  value,
  disabled,
  readonly,
  placeholder,
  onChange,
  onBlur,
  onFocus,
}: WidgetProps) {
  const [text, setText] = useState(() => textForNumber(value));
  // A value set from outside (a default, a reset) replaces the text; the user's own stays.
  const shown = textMatchesValue(text, value) ? text : textForNumber(value);
  return (
    <Input
      id={id}
      name={id}
      inputMode="decimal"
      value={shown}
      disabled={disabled || readonly}
      placeholder={placeholder}
      style={{ width: '100%' }}
      aria-describedby={ariaDescribedByIds(id)}
      onChange={(event) => {
        setText(event.target.value);
        onChange(numberFromText(event.target.value));
      }}
      onBlur={() => onBlur(id, value)}
      onFocus={() => onFocus(id, value)}
    />
  );
}
