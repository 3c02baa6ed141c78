import { DecimalInput } from './DecimalInput.tsx';
import type { EditorProps, FieldOf } from './editor-props.ts';

/** A percent kept as the decimal string typed (`"12.5"` is 12.5 %), with the sign beside it. */
export function PercentageEditor(props: EditorProps<FieldOf<'percentage'>>) {
  return <DecimalInput {...props} suffix={<span aria-hidden="true">%</span>} />;
}
