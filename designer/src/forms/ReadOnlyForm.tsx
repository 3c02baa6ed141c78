import { Descriptions, type DescriptionsProps } from 'antd';
import type { FormDefinition, FormField, FormValues } from '@baton/schemas';
import { FieldValue } from './display/FieldValue.tsx';
import { useDisplay } from './display/use-display.ts';
import { useFieldRules } from './rules/use-field-rules.ts';
import { groupBySection } from './values/field-groups.ts';

/**
 * Whether a field appears in the read-only view: a description (instructions for whoever
 * fills the form) never does; a field hidden by a rule does only when it holds a value
 * anyway. The rules run here over the values this viewer may see, which can differ from what
 * the server saw; a value it kept is never hidden.
 */
function shown(field: FormField, values: FormValues, hidden: ReadonlySet<string>): boolean {
  if (field.type === 'description') return false;

  return !hidden.has(field.key) || Object.hasOwn(values, field.key);
}

/**
 * The submitted values of a request, read-only, labelled like the form that produced them;
 * each section is a titled block of its own.
 */
export function ReadOnlyForm({ form, values }: { form: FormDefinition; values: FormValues }) {
  const display = useDisplay();
  const rules = useFieldRules(form, values);

  return (
    <div className="baton-form-readonly">
      {groupBySection(form.fields).map((group) => {
        const fields = group.fields.filter((field) => shown(field, values, rules.hidden));
        // A section with no value to show (hidden by a rule, or holding only a description)
        // leaves no empty heading behind.
        if (group.section && fields.length === 0) return null;
        const items: DescriptionsProps['items'] = fields.flatMap((field) =>
          field.type === 'description' || field.type === 'section'
            ? []
            : [
                {
                  key: field.key,
                  label: display.text(field.label),
                  children: (
                    <FieldValue field={field} value={values[field.key]} display={display} />
                  ),
                },
              ],
        );

        return (
          <Descriptions
            key={group.section?.key ?? ''}
            bordered
            size="middle"
            column={1}
            items={items}
            {...(group.section ? { title: display.text(group.section.label) } : {})}
            className="baton-form-readonly-group"
          />
        );
      })}
    </div>
  );
}
