import { describe, expect, it } from 'vitest';
import { fieldAccessAt } from '../form/access.ts';
import type { FormField } from '../form/form.ts';
import { FlowBundle } from './bundle.ts';
import { expenseLikeBundle } from './edit.fixture.ts';
import {
  addField,
  createHistory,
  execute,
  redo,
  removeField,
  removeNode,
  setFieldAccess,
  undo,
  updateField,
} from './edit.ts';

const total: FormField = {
  key: 'total',
  type: 'computed',
  label: 'Total',
  required: false,
  formula: 'amount * 2',
  valueType: 'money',
  currency: 'CNY',
  decimals: 2,
};

/** The expense bundle with the amount hidden from the manager and read-only for the initiator. */
function restricted() {
  const hidden = setFieldAccess({ nodeId: 'manager', key: 'amount', access: 'hidden' });
  const readOnly = setFieldAccess({ nodeId: 'start', key: 'amount', access: 'read' });

  return readOnly.apply(hidden.apply(expenseLikeBundle()));
}

describe('setFieldAccess', () => {
  it('given a field hidden from the manager, when set, then only that cell is listed and the access says hidden', () => {
    const next = setFieldAccess({ nodeId: 'manager', key: 'amount', access: 'hidden' }).apply(
      expenseLikeBundle(),
    );

    expect(next.flow.fieldAccess).toEqual({ manager: { amount: 'hidden' } });
    expect(fieldAccessAt(next, 'manager')).toEqual({ description: 'read', amount: 'hidden' });
    expect(fieldAccessAt(next, 'finance')).toEqual({ description: 'read', amount: 'read' });
    expect(FlowBundle.safeParse(next).success).toBe(true);
  });

  it('given access equal to the default, when set, then nothing is listed and nothing is recorded', () => {
    const bundle = expenseLikeBundle();

    expect(setFieldAccess({ nodeId: 'manager', key: 'amount', access: 'read' }).apply(bundle)).toBe(
      bundle,
    );
    expect(setFieldAccess({ nodeId: 'start', key: 'amount', access: 'edit' }).apply(bundle)).toBe(
      bundle,
    );
  });

  it('given listed access, when set back to the default or cleared, then the fieldAccess key is gone', () => {
    const bundle = restricted();

    const defaulted = setFieldAccess({ nodeId: 'manager', key: 'amount', access: 'read' }).apply(
      bundle,
    );
    const cleared = setFieldAccess({ nodeId: 'start', key: 'amount', access: undefined }).apply(
      defaulted,
    );

    expect(defaulted.flow.fieldAccess).toEqual({ start: { amount: 'read' } });
    expect('fieldAccess' in cleared.flow).toBe(false);
  });

  it('given an approver allowed to edit, when set and undone and redone, then each is one step', () => {
    const history = createHistory(expenseLikeBundle());
    const edited = execute(
      history,
      setFieldAccess({ nodeId: 'finance', key: 'description', access: 'edit' }),
    );

    expect(edited.present.flow.fieldAccess).toEqual({ finance: { description: 'edit' } });
    expect(undo(edited).present).toBe(history.present);
    expect(redo(undo(edited)).present).toBe(edited.present);
  });

  it('given a computed field, when edit is asked for, then it is refused; read and hidden are fine', () => {
    const bundle = addField({ field: total }).apply(expenseLikeBundle());

    expect(() =>
      setFieldAccess({ nodeId: 'manager', key: 'total', access: 'edit' }).apply(bundle),
    ).toThrow(expect.objectContaining({ code: 'edit.field-not-editable' }));
    expect(
      setFieldAccess({ nodeId: 'manager', key: 'total', access: 'hidden' }).apply(bundle).flow
        .fieldAccess,
    ).toEqual({ manager: { total: 'hidden' } });
    // At the start a computed field already reads as read: asking for read lists nothing.
    expect(setFieldAccess({ nodeId: 'start', key: 'total', access: 'read' }).apply(bundle)).toBe(
      bundle,
    );
  });

  it('given an unknown node or field, when set, then the edit is refused naming it', () => {
    const bundle = expenseLikeBundle();

    expect(() =>
      setFieldAccess({ nodeId: 'ghost', key: 'amount', access: 'hidden' }).apply(bundle),
    ).toThrow(expect.objectContaining({ code: 'edit.unknown-node', params: { nodeId: 'ghost' } }));
    expect(() =>
      setFieldAccess({ nodeId: 'manager', key: 'ghost', access: 'hidden' }).apply(bundle),
    ).toThrow(expect.objectContaining({ code: 'edit.unknown-field', params: { key: 'ghost' } }));
  });
});

describe('field access kept consistent by other edits', () => {
  it('given access listed for a field, when the field is removed, then its cells go with it', () => {
    const next = removeField({ key: 'amount' }).apply(restricted());

    expect('fieldAccess' in next.flow).toBe(false);
    expect(FlowBundle.safeParse(next).success).toBe(true);
  });

  it('given access listed for a field, when its key is renamed, then the cells follow the new key', () => {
    const bundle = setFieldAccess({
      nodeId: 'manager',
      key: 'description',
      access: 'hidden',
    }).apply(restricted());
    const amount = bundle.form.fields.find((field) => field.key === 'amount');
    if (!amount) throw new Error('the fixture has an amount field');

    const next = updateField({ key: 'amount', field: { ...amount, key: 'claimed' } }).apply(bundle);

    expect(next.flow.fieldAccess).toEqual({
      manager: { description: 'hidden', claimed: 'hidden' },
      start: { claimed: 'read' },
    });
    expect(fieldAccessAt(next, 'manager').claimed).toBe('hidden');
  });

  it('given a field whose label changes, when updated, then its listed access stays', () => {
    const bundle = restricted();
    const amount = bundle.form.fields.find((field) => field.key === 'amount');
    if (!amount) throw new Error('the fixture has an amount field');

    const next = updateField({ key: 'amount', field: { ...amount, label: 'Sum' } }).apply(bundle);

    expect(next.flow.fieldAccess).toEqual(bundle.flow.fieldAccess);
  });

  it('given access listed for a node, when the node is removed, then its column goes and undo brings it back', () => {
    const history = createHistory(restricted());
    const removed = execute(history, removeNode({ nodeId: 'manager' }));

    expect(removed.present.flow.fieldAccess).toEqual({ start: { amount: 'read' } });
    expect(undo(removed).present.flow.fieldAccess).toEqual({
      manager: { amount: 'hidden' },
      start: { amount: 'read' },
    });
  });
});
