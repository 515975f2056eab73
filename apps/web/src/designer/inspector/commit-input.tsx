// A text input that applies its value on blur or Enter (for keys, event names and delays, where
// applying each keystroke would rename things half-way).
import { Input, type InputProps } from 'antd';
import { useState } from 'react';

export interface CommitInputProps extends Omit<InputProps, 'value' | 'onChange'> {
  value: string;
  onCommit: (value: string) => void;
  /** Returns an error message for a value that must not be committed. */
  check?: (value: string) => string | undefined;
}

export function CommitInput({ value, onCommit, check, ...rest }: CommitInputProps) {
  const [text, setText] = useState(value);
  // A new value from outside replaces the text while rendering (no frame with the stale text).
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setText(value);
  }
  const error = text !== value ? check?.(text) : undefined;
  const commit = () => {
    const trimmed = text.trim();
    if (trimmed === value || check?.(trimmed)) return;
    onCommit(trimmed);
  };
  return (
    <>
      <Input
        {...rest}
        value={text}
        status={error ? 'error' : undefined}
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onPressEnter={commit}
      />
      {error && <div style={{ color: '#ff4d4f', fontSize: 12 }}>{error}</div>}
    </>
  );
}
