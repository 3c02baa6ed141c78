import type { FlowDefinition } from '../flow/flow.ts';
import { getNodeKind } from '../flow/node-kinds.ts';
import type { FormDefinition, FormField, FormValues } from './form.ts';

/** What one person may do with one field at one step. */
export type FieldAccess = 'edit' | 'read' | 'hidden';
/** Access of every field of a form, by key. */
export type AccessMap = Readonly<Record<string, FieldAccess>>;

type Bundle = { readonly flow: FlowDefinition; readonly form: FormDefinition };

const RANK: Readonly<Record<FieldAccess, number>> = { hidden: 0, read: 1, edit: 2 };

/** Fields nobody types into: computed values, text and headings. */
function neverEditable(field: FormField): boolean {
  return field.type === 'computed' || field.type === 'description' || field.type === 'section';
}

/**
 * Access of every field at the node `nodeId`: what the flow's `fieldAccess` says, else `edit`
 * at the start node (the initiator fills the form) and `read` at every other node. A computed
 * field, a description or a section is never `edit` (it reads as `read`). An unknown node gives
 * `read` for every field it does not list.
 */
export function fieldAccessAt(bundle: Bundle, nodeId: string): AccessMap {
  const node = bundle.flow.nodes.find((candidate) => candidate.id === nodeId);
  const isStart = node ? getNodeKind(node.type)?.capabilities.isStart === true : false;
  const listed = bundle.flow.fieldAccess?.[nodeId] ?? {};
  const access: Record<string, FieldAccess> = {};
  for (const field of bundle.form.fields) {
    const given = Object.hasOwn(listed, field.key) ? listed[field.key] : undefined;
    const wanted = given ?? (isStart ? 'edit' : 'read');
    access[field.key] = wanted === 'edit' && neverEditable(field) ? 'read' : wanted;
  }

  return access;
}

/**
 * What a person involved at several nodes may read: per field the widest access over those
 * nodes (`hidden` < `read` < `edit`), with `edit` read as `read` (writes are checked at the
 * step being acted on, see `fieldAccessAt`). No node at all: every field hidden.
 */
export function readableAccess(bundle: Bundle, nodeIds: Iterable<string>): AccessMap {
  const access: Record<string, FieldAccess> = {};
  for (const field of bundle.form.fields) access[field.key] = 'hidden';
  for (const nodeId of new Set(nodeIds)) {
    const atNode = fieldAccessAt(bundle, nodeId);
    for (const [key, given] of Object.entries(atNode)) {
      const current = access[key] ?? 'hidden';
      const widened = RANK[given] > RANK[current] ? given : current;
      access[key] = widened === 'edit' ? 'read' : widened;
    }
  }

  return access;
}

/** Every field readable: what admins see. */
export function readAll(form: FormDefinition): AccessMap {
  return Object.fromEntries(form.fields.map((field) => [field.key, 'read' as const]));
}

/** The values without those of hidden fields (a key missing from `access` counts as hidden). */
export function visibleValues(values: FormValues, access: AccessMap): FormValues {
  const out: FormValues = {};
  for (const [key, value] of Object.entries(values)) {
    if (Object.hasOwn(access, key) && access[key] !== 'hidden') out[key] = value;
  }

  return out;
}

/** The form as a viewer gets it: hidden fields left out, so not even their labels travel. */
export function formForViewer(form: FormDefinition, access: AccessMap): FormDefinition {
  return {
    ...form,
    fields: form.fields.filter(
      (field) => Object.hasOwn(access, field.key) && access[field.key] !== 'hidden',
    ),
  };
}

/** Keys of the fields one may write under `access`. */
export function editableKeys(access: AccessMap): string[] {
  return Object.entries(access)
    .filter(([, given]) => given === 'edit')
    .map(([key]) => key);
}
