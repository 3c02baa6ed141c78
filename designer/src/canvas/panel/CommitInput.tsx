import { Input } from 'antd';
import { useEffect, useState } from 'react';

export type CommitInputProps = {
  readonly id: string;
  readonly value: string;
  /** Called on blur or Enter when the text differs from `value`: one command per edit. */
  readonly onCommit: (value: string) => void;
  /** Called on every keystroke, e.g. to check an expression live. */
  readonly onDraft?: (value: string) => void;
  readonly placeholder?: string;
  readonly status?: '' | 'error' | 'warning';
  readonly 'aria-describedby'?: string;
  /**
   * Changes when what the input edits changed from outside (an undo of a neighbouring setting):
   * the text then shows `value` again, even where `value` itself is the same.
   */
  readonly syncKey?: unknown;
};

/**
 * A text input that keeps what is typed locally and commits it once, so undo steps are whole
 * edits rather than keystrokes. Follows `value` when it changes from outside (undo, JSON edits),
 * dropping text that was never committed (say, not a number).
 */
export function CommitInput(props: CommitInputProps) {
  const { value, onCommit, onDraft, syncKey } = props;
  const [text, setText] = useState(value);
  useEffect(() => {
    setText(value);
    onDraft?.(value);
    // Not on `onDraft`: a new callback each render must not reset what is being typed.
  }, [value, syncKey]);
  const commit = () => {
    if (text !== value) onCommit(text);
  };

  return (
    <Input
      id={props.id}
      value={text}
      placeholder={props.placeholder}
      status={props.status ?? ''}
      aria-describedby={props['aria-describedby']}
      onChange={(event) => {
        setText(event.target.value);
        onDraft?.(event.target.value);
      }}
      onBlur={commit}
      onPressEnter={commit}
    />
  );
}
