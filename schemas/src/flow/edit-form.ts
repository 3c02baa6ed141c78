import type { FormField } from '../form/form.ts';
import type { FlowBundle } from './bundle.ts';
import { dropFieldAccess, renameFieldAccess } from './edit-access.ts';
import { editError, type FlowCommand } from './edit-core.ts';

function withFields(bundle: FlowBundle, fields: FormField[]): FlowBundle {
  return { ...bundle, form: { ...bundle.form, fields } };
}

function indexOfField(bundle: FlowBundle, key: string): number {
  const index = bundle.form.fields.findIndex((field) => field.key === key);
  if (index < 0) throw editError('edit.unknown-field', { key });

  return index;
}

/** Adds a field at `index` (default: the end); its key must be new. */
export function addField(options: { field: FormField; index?: number }): FlowCommand {
  return {
    name: 'addField',
    apply(bundle) {
      const { fields } = bundle.form;
      if (fields.some((field) => field.key === options.field.key))
        throw editError('edit.duplicate-field', { key: options.field.key });
      const index = Math.max(0, Math.min(options.index ?? fields.length, fields.length));

      return withFields(bundle, [...fields.slice(0, index), options.field, ...fields.slice(index)]);
    },
  };
}

/** Removes a field and the access listed for it at every node. */
export function removeField(options: { key: string }): FlowCommand {
  return {
    name: 'removeField',
    apply(bundle) {
      indexOfField(bundle, options.key);
      const fields = bundle.form.fields.filter((field) => field.key !== options.key);

      return { ...withFields(bundle, fields), flow: dropFieldAccess(bundle.flow, options.key) };
    },
  };
}

/** Moves a field to position `toIndex` of the list (clamped to the list). */
export function moveField(options: { key: string; toIndex: number }): FlowCommand {
  return {
    name: 'moveField',
    apply(bundle) {
      const from = indexOfField(bundle, options.key);
      const fields = [...bundle.form.fields];
      const [field] = fields.splice(from, 1);
      if (!field) return bundle;
      const to = Math.max(0, Math.min(options.toIndex, fields.length));
      fields.splice(to, 0, field);

      return withFields(bundle, fields);
    },
  };
}

/**
 * Replaces the field with key `key` by `field` (which may carry a new key, refused when another
 * field already has it). A new key takes the field's access at every node with it; references
 * to the old key in conditions and formulas are not rewritten: the checker reports them.
 */
export function updateField(options: { key: string; field: FormField }): FlowCommand {
  return {
    name: 'updateField',
    apply(bundle) {
      const index = indexOfField(bundle, options.key);
      const clash = bundle.form.fields.some(
        (field, position) => position !== index && field.key === options.field.key,
      );
      if (clash) throw editError('edit.duplicate-field', { key: options.field.key });
      const fields = bundle.form.fields.map((field, position) =>
        position === index ? options.field : field,
      );
      const flow = renameFieldAccess(bundle.flow, options.key, options.field.key);

      return { ...withFields(bundle, fields), flow };
    },
  };
}
