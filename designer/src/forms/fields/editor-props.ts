import type { FormField } from '@baton/schemas';
import type { FormIssues } from '../form-issues.ts';

/** The field of type `T` (a union member whose `type` is itself a union, such as select/radio, included). */
export type FieldOf<T extends FormField['type']> = FormField & { readonly type: T };

/** What every field editor receives; a table cell gets `ariaLabel` instead of a `<label>`. */
export type EditorProps<F> = {
  readonly field: F;
  /** The input's id: a `<label htmlFor>` points at it. */
  readonly id: string;
  readonly value: unknown;
  readonly onChange: (value: unknown) => void;
  readonly invalid: boolean;
  /** Accessible name when there is no visible label (table cells). */
  readonly ariaLabel?: string;
  /** Id of the element that explains the current problem. */
  readonly describedBy?: string;
  /** Inside a table cell: no hints under the input. */
  readonly compact?: boolean;
  /** All issues of the form, for editors that place issues inside themselves (tables). */
  readonly issues?: FormIssues;
  /** Read-only for now (a `disabledWhen` rule holds): shown, not editable. */
  readonly disabled?: boolean;
};

/** Attributes every editor puts on its input for labels and error announcements. */
export function a11yProps<F>(props: EditorProps<F>) {
  return {
    id: props.id,
    'aria-invalid': props.invalid || undefined,
    ...(props.disabled ? { disabled: true } : {}),
    ...(props.ariaLabel ? { 'aria-label': props.ariaLabel } : {}),
    ...(props.describedBy ? { 'aria-describedby': props.describedBy } : {}),
  };
}

/** An empty input means "no value": the key is left out of the values. */
export function emptyToUndefined(text: string): string | undefined {
  return text === '' ? undefined : text;
}
