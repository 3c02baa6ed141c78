import {
  canonicalJson,
  isMissing,
  type AccessMap,
  type FormDefinition,
  type FormField,
  type FormValues,
} from '@baton/schemas';

/**
 * Fields whose value never comes from the writer as such: computed fields (recomputed, and a
 * submitted value that differs is refused by validation) and text that holds no value. They
 * are passed to validation as submitted, unless hidden from the writer (any value for them is
 * refused, so that no refusal quotes what they hold), and never taken from what the request
 * held.
 */
function derived(field: FormField): boolean {
  return field.type === 'computed' || field.type === 'description' || field.type === 'section';
}

/**
 * Whether a value given for a field that is not `edit` here would change it. A hidden field
 * refuses any value (comparing would tell the writer what it holds) and ignores an empty one; a
 * read-only field accepts its own value sent back. In a patch an empty value clears the field,
 * so it is a write when the field holds something; in a whole submission it means "not given".
 */
function wouldWrite(
  access: 'read' | 'hidden',
  given: unknown,
  options: { kept: unknown; whole: boolean },
): boolean {
  if (isMissing(given)) return access === 'read' && !options.whole && !isMissing(options.kept);
  if (access === 'hidden') return true;

  return options.kept === undefined || canonicalJson(given) !== canonicalJson(options.kept);
}

export type WrittenValues = {
  /** The values to validate: the writer's for `edit` fields, the request's for the others. */
  readonly values: Record<string, unknown>;
  /** Keys of fields the writer may not change here but tried to, in form order. */
  readonly refused: readonly string[];
};

/**
 * What a writer's values come to under the access of the step they act at. `base` is what the
 * request holds (at the start: the form's defaults); `submitted` is the whole form (`whole`:
 * start, resubmit, where a field left out is emptied) or a patch by key (an approver's edit,
 * where a field left out keeps its value). Fields not `edit` keep `base`; a value that would
 * change one is refused (see `wouldWrite`). Keys the form does not know are passed on for
 * validation to report.
 */
export function writtenValues(options: {
  form: FormDefinition;
  access: AccessMap;
  base: FormValues;
  submitted: Readonly<Record<string, unknown>>;
  whole: boolean;
}): WrittenValues {
  const { form, access, base, submitted, whole } = options;
  const values: Record<string, unknown> = {};
  const refused: string[] = [];
  const known = new Set<string>();
  for (const field of form.fields) {
    const { key } = field;
    known.add(key);
    const given = Object.hasOwn(submitted, key);
    const kept = Object.hasOwn(base, key) ? base[key] : undefined;
    const mode = access[key] ?? 'hidden';
    if (derived(field) && mode !== 'hidden') {
      if (given) values[key] = submitted[key];
    } else if (derived(field)) {
      if (given && !isMissing(submitted[key])) refused.push(key);
    } else if (mode === 'edit') {
      if (given) values[key] = submitted[key];
      else if (!whole && kept !== undefined) values[key] = kept;
    } else {
      if (given && wouldWrite(mode, submitted[key], { kept, whole })) refused.push(key);
      if (kept !== undefined) values[key] = kept;
    }
  }
  for (const [key, value] of Object.entries(submitted)) if (!known.has(key)) values[key] = value;

  return { values, refused };
}

/**
 * Keys of the fields the writer may not edit whose value `before` the write is gone `after` it
 * (a linkage rule now hides them): a write that would clear what others wrote or the writer
 * cannot see. Computed fields and text are left out: they are worked out again, or hold
 * nothing.
 */
export function clearedKeys(options: {
  form: FormDefinition;
  access: AccessMap;
  before: FormValues;
  after: FormValues;
}): string[] {
  const { form, access, before, after } = options;
  const holds = (values: FormValues, key: string) =>
    Object.hasOwn(values, key) && !isMissing(values[key]);

  return form.fields
    .filter((field) => !derived(field) && access[field.key] !== 'edit')
    .map((field) => field.key)
    .filter((key) => holds(before, key) && !holds(after, key));
}
