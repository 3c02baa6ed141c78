import { useMemo } from 'react';
import {
  computedOrder,
  formulaReferences,
  type FormDefinition,
  type FormValues,
} from '@baton/schemas';

/**
 * Keys of the computed fields this viewer cannot recalculate: their formula reads a field left
 * out of the viewer's form (hidden from them), directly or through another such computed field.
 * The browser would compute them from the visible values only and show a wrong or empty result.
 */
export function opaqueComputedKeys(form: FormDefinition): Set<string> {
  const present = new Set(form.fields.map((field) => field.key));
  const opaque = new Set<string>();
  for (const field of computedOrder(form).order) {
    const reads = [...formulaReferences(field.formula)];
    if (reads.some((key) => !present.has(key) || opaque.has(key))) opaque.add(field.key);
  }

  return opaque;
}

/**
 * The values to show while editing a stored request: the editor's, except the computed fields
 * the viewer cannot recalculate, which keep the value the server computed and stored.
 */
export function withStoredComputed(
  opaque: ReadonlySet<string>,
  values: FormValues,
  stored: FormValues,
): FormValues {
  if (opaque.size === 0) return values;
  const shown: FormValues = { ...values };
  for (const key of opaque) {
    if (Object.hasOwn(stored, key)) shown[key] = stored[key];
    else delete shown[key];
  }

  return shown;
}

/** `withStoredComputed` for a form being edited, recalculated only when its inputs change. */
export function useStoredComputed(
  form: FormDefinition,
  values: FormValues,
  stored: FormValues,
): FormValues {
  const opaque = useMemo(() => opaqueComputedKeys(form), [form]);

  return useMemo(() => withStoredComputed(opaque, values, stored), [opaque, values, stored]);
}
