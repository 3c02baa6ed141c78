import type { FormField } from '@baton/schemas';

type SectionField = Extract<FormField, { type: 'section' }>;

/** A section heading and the fields under it (fields before any section have none). */
export type FieldGroup = {
  readonly section: SectionField | null;
  readonly fields: readonly FormField[];
};

/**
 * The form's fields cut into groups at each section: a section heads the fields after it, up
 * to the next section. Fields before the first section form a group without a heading; an
 * empty leading group is left out.
 */
export function groupBySection(fields: readonly FormField[]): FieldGroup[] {
  const groups: { section: SectionField | null; fields: FormField[] }[] = [
    { section: null, fields: [] },
  ];
  for (const field of fields) {
    if (field.type === 'section') groups.push({ section: field, fields: [] });
    else groups.at(-1)?.fields.push(field);
  }

  return groups.filter((group) => group.section !== null || group.fields.length > 0);
}
