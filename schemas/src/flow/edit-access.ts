import { fieldAccessAt, type FieldAccess } from '../form/access.ts';
import type { FlowBundle } from './bundle.ts';
import { editError, requireNode, type FlowCommand } from './edit-core.ts';
import type { FlowDefinition } from './flow.ts';

type AccessTable = NonNullable<FlowDefinition['fieldAccess']>;

/**
 * The flow with `fieldAccess` replaced; node maps left empty are dropped, and so is the whole
 * key when nothing is left, so a flow that lists no access has no `fieldAccess` at all.
 */
function withAccess(flow: FlowDefinition, table: AccessTable): FlowDefinition {
  const kept = Object.entries(table).filter(([, fields]) => Object.keys(fields).length > 0);
  const next = { ...flow };
  if (kept.length === 0) delete next.fieldAccess;
  else next.fieldAccess = Object.fromEntries(kept);

  return next;
}

/** @internal The flow without any access listed for the field `key` (the field was removed). */
export function dropFieldAccess(flow: FlowDefinition, key: string): FlowDefinition {
  if (!flow.fieldAccess) return flow;
  const table = Object.fromEntries(
    Object.entries(flow.fieldAccess).map(([nodeId, fields]) => {
      const rest = { ...fields };
      delete rest[key];

      return [nodeId, rest];
    }),
  );

  return withAccess(flow, table);
}

/** @internal The flow with the access listed for the field `from` moved to its new key `to`. */
export function renameFieldAccess(flow: FlowDefinition, from: string, to: string): FlowDefinition {
  if (!flow.fieldAccess || from === to) return flow;
  const table = Object.fromEntries(
    Object.entries(flow.fieldAccess).map(([nodeId, fields]) => {
      if (!Object.hasOwn(fields, from)) return [nodeId, fields];
      const rest = { ...fields };
      const access = rest[from];
      delete rest[from];

      return [nodeId, access === undefined ? rest : { ...rest, [to]: access }];
    }),
  );

  return withAccess(flow, table);
}

/** @internal The flow without the access listed for the node `nodeId` (the node was removed). */
export function dropNodeAccess(flow: FlowDefinition, nodeId: string): FlowDefinition {
  if (!flow.fieldAccess || !Object.hasOwn(flow.fieldAccess, nodeId)) return flow;
  const table = { ...flow.fieldAccess };
  delete table[nodeId];

  return withAccess(flow, table);
}

/**
 * Sets what people at the node `nodeId` may do with the field `key`: `edit`, `read` or
 * `hidden`; `undefined` goes back to the default (see `fieldAccessAt`). Access equal to the
 * default is not listed, so the flow only holds what differs from the defaults, and setting
 * what is already in force records nothing. Refuses an unknown node or field, and `edit` on a
 * field nobody types into (a computed field, a description or a section).
 *
 * @example setFieldAccess({ nodeId: 'manager', key: 'deposit', access: 'hidden' })
 */
export function setFieldAccess(options: {
  readonly nodeId: string;
  readonly key: string;
  readonly access: FieldAccess | undefined;
}): FlowCommand {
  const { nodeId, key, access } = options;

  return {
    name: 'setFieldAccess',
    apply(bundle) {
      requireNode(bundle, nodeId);
      if (!bundle.form.fields.some((field) => field.key === key))
        throw editError('edit.unknown-field', { key });
      const others = { ...bundle.flow.fieldAccess?.[nodeId] };
      delete others[key];
      const listing = (given: FieldAccess | undefined): FlowBundle => {
        const fields = given === undefined ? others : { ...others, [key]: given };

        return {
          ...bundle,
          flow: withAccess(bundle.flow, { ...bundle.flow.fieldAccess, [nodeId]: fields }),
        };
      };
      const fallback = accessIn(listing(undefined), nodeId, key);
      const wanted = access ?? fallback;
      // Only `edit` is ever read as something else: on a field nobody types into.
      if (accessIn(listing(wanted), nodeId, key) !== wanted)
        throw editError('edit.field-not-editable', { key });
      const next = listing(wanted === fallback ? undefined : wanted);
      const before = bundle.flow.fieldAccess?.[nodeId]?.[key];

      return before === next.flow.fieldAccess?.[nodeId]?.[key] ? bundle : next;
    },
  };
}

function accessIn(bundle: FlowBundle, nodeId: string, key: string): FieldAccess {
  return fieldAccessAt(bundle, nodeId)[key] ?? 'read';
}
