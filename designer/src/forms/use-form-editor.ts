import { useCallback, useMemo, useState } from 'react';
import {
  hasErrors,
  recomputeFields,
  validateFormValues,
  type AccessMap,
  type FormDefinition,
  type FormValidation,
  type FormValues,
  type ValidationIssue,
} from '@baton/schemas';
import { useLocale } from '../i18n/index.ts';
import { localToday } from './today.ts';
import { shareUnchangedRows } from './values/table-rows.ts';

/**
 * Fills every computed field and computed table column from the current values with the
 * server's own code (`recomputeFields`: row formulas, then formulas in dependency order, each
 * rounded half-up to its places).
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
   * Checks the values with the server's own code (linkage rules applied: a field hidden by a
   * rule is dropped) and shows the issues from now on. Returns the normalized values to send,
   * or `null` while an error remains.
   */
  readonly submit: () => FormValues | null;
  /** Like `submit`, but gives the whole check (values and every issue) to judge oneself. */
  readonly check: () => FormValidation;
  /** Shows the issues the server reported (tRPC error `data.issues`) next to the fields. */
  readonly setServerIssues: (issues: readonly ValidationIssue[]) => void;
};

/**
 * What a writer may do with each field when only `editable` ones are theirs: the rest read.
 * The browser then judges required fields as the server does (only of a writer who may edit).
 */
function writerAccess(form: FormDefinition, editable: readonly string[]): AccessMap {
  const mine = new Set(editable);

  return Object.fromEntries(
    form.fields.map((field) => [field.key, mine.has(field.key) ? 'edit' : 'read'] as const),
  );
}

/**
 * State of an editable form: values, computed fields, client and server issues. `previous`:
 * the stored values an approver edits (fields a rule disables keep their values from there).
 * `editable`: the fields the writer may change at this step (every field when absent).
 */
export function useFormEditor(
  form: FormDefinition,
  initial: () => FormValues,
  previous?: FormValues,
  editable?: readonly string[],
): FormEditor {
  const [values, setValues] = useState(() => withComputedValues(form, initial()));
  const [checked, setChecked] = useState(false);
  const [serverIssues, setServerIssues] = useState<readonly ValidationIssue[]>([]);
  const locale = useLocale();
  const access = useMemo(
    () => (editable === undefined ? undefined : writerAccess(form, editable)),
    [form, editable],
  );
  const validate = useCallback(
    (current: FormValues) =>
      validateFormValues(form, current, {
        locale,
        today: localToday(),
        ...(previous === undefined ? {} : { previous }),
        ...(access === undefined ? {} : { access }),
      }),
    [form, locale, previous, access],
  );
  // Checked on every edit only once the user has tried to submit: typing stays cheap before.
  const checkNow = useMemo(() => (checked ? validate(values) : null), [checked, validate, values]);

  const change = useCallback(
    (next: FormValues) => {
      // Rows whose cells did not change stay the same objects, so the table skips them.
      setValues((current) => shareUnchangedRows(form, current, withComputedValues(form, next)));
      // The server judged the values it was sent; once they change, its issues are stale.
      // (The same empty list is kept, so fields memoized on the issues skip re-rendering.)
      setServerIssues((current) => (current.length === 0 ? current : []));
    },
    [form],
  );
  const check = useCallback(() => {
    setChecked(true);

    return checkNow ?? validate(values);
  }, [checkNow, validate, values]);
  const submit = useCallback(() => {
    const result = check();

    return hasErrors(result.issues) ? null : result.values;
  }, [check]);
  const issues = useMemo(
    () => [...(checkNow?.issues ?? []), ...serverIssues],
    [checkNow, serverIssues],
  );

  return { values, issues, change, submit, check, setServerIssues };
}
