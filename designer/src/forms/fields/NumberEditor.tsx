import { DecimalInput } from './DecimalInput.tsx';
import type { EditorProps, FieldOf } from './editor-props.ts';

/** A number kept as the decimal string the user typed (never a JS float). */
export function NumberEditor(props: EditorProps<FieldOf<'number'>>) {
  return <DecimalInput {...props} />;
}
