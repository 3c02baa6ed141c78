import { useCallback, useMemo, useState } from 'react';
import {
  hasErrors,
  recomputeFields,
  validateFormValues,
  type FormDefinition,
  type FormValues,
  type ValidationIssue,
} from '@baton/schemas';
import { useLocale } from '../i18n/index.ts';

/**
 * Fills every computed field from the current values with the server's own code
 * (`recomputeFields`: formulas in dependency order, rounded half-up to each field's places).
 */
export function withComputedValues(form: FormDefinition, values: FormValues): FormValues {
  try {
    return recomputeFields(form, values);
  } catch {
    // A formula that fails on half-typed values leaves the computed fields as they were; the
    // server recomputes and judges on submit.
    return values;
  }
}

export type FormEditor = {
  readonly values: FormValues;
  /** Issues to show now: the client check (after the first submit) and the server's. */
  readonly issues: readonly ValidationIssue[];
  readonly change: (values: FormValues) => void;
  /**
   * Checks the values with the server's own code and shows the issues from now on. Returns the
   * normalized values to send, or `null` while an error remains.
   */
  readonly submit: () => FormValues | null;
  /** Shows the issues the server reported (tRPC error `data.issues`) next to the fields. */
  readonly setServerIssues: (issues: readonly ValidationIssue[]) => void;
};

/** State of an editable form: values, computed fields, client and server issues. */
export function useFormEditor(form: FormDefinition, initial: () => FormValues): FormEditor {
  const [values, setValues] = useState(() => withComputedValues(form, initial()));
  const [checked, setChecked] = useState(false);
  const [serverIssues, setServerIssues] = useState<readonly ValidationIssue[]>([]);
  const locale = useLocale();
  const check = useMemo(() => validateFormValues(form, values, { locale }), [form, values, locale]);

  const change = useCallback(
    (next: FormValues) => {
      setValues(withComputedValues(form, next));
      // The server judged the values it was sent; once they change, its issues are stale.
      setServerIssues([]);
    },
    [form],
  );
  const submit = useCallback(() => {
    setChecked(true);

    return hasErrors(check.issues) ? null : check.values;
  }, [check]);
  const issues = useMemo(
    () => [...(checked ? check.issues : []), ...serverIssues],
    [checked, check, serverIssues],
  );

  return { values, issues, change, submit, setServerIssues };
}
