import { useMemo } from 'react';
import { applyFieldRules, type FormDefinition, type FormValues } from '@baton/schemas';
import { localToday } from '../today.ts';

/** Which fields the linkage rules hide, require and disable for the values on screen now. */
export type RuleView = {
  readonly hidden: ReadonlySet<string>;
  readonly required: ReadonlySet<string>;
  readonly disabled: ReadonlySet<string>;
};

const NONE: ReadonlySet<string> = new Set();

/** Whether any field of the form has a linkage rule. */
function hasRules(form: FormDefinition): boolean {
  return form.fields.some(
    (field) =>
      field.visibleWhen !== undefined ||
      ('requiredWhen' in field && field.requiredWhen !== undefined) ||
      ('disabledWhen' in field && field.disabledWhen !== undefined),
  );
}

/** The fields' own `required`, for a form without rules. */
function staticView(form: FormDefinition): RuleView {
  const required = form.fields.filter((field) => 'required' in field && field.required);

  return { hidden: NONE, required: new Set(required.map((field) => field.key)), disabled: NONE };
}

/**
 * The linkage rules of `form` over `values`, with the schemas' own `applyFieldRules` (the
 * code the server runs on submission), worked out again on every edit. A form without rules
 * skips the work (it recomputes every formula), which keeps typing in a long table cheap.
 * `previous`: the stored values an approver edits (a disabled field keeps its value there).
 */
export function useFieldRules(
  form: FormDefinition,
  values: FormValues,
  previous?: FormValues,
): RuleView {
  const ruled = useMemo(() => hasRules(form), [form]);
  const fixed = useMemo(() => staticView(form), [form]);

  return useMemo(() => {
    if (!ruled) return fixed;
    const state = applyFieldRules(form, values, {
      today: localToday(),
      ...(previous === undefined ? {} : { previous }),
    });

    return {
      hidden: new Set(state.hidden),
      required: new Set(state.required),
      disabled: new Set(state.disabled),
    };
  }, [ruled, fixed, form, values, previous]);
}
