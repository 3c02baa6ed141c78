import { describe, expect, it } from 'vitest';
import type { ValidationIssue } from '@baton/schemas';
import { changedFields, editableIssues } from './approver-edits.ts';

describe('changedFields', () => {
  const stored = { amount: '100.00', note: 'a', items: [{ qty: '1', price: '2.00' }] };

  it('given an edited editable field, when collected, then only it is sent', () => {
    const edited = { ...stored, amount: '120.00' };

    expect(changedFields(['amount', 'note'], stored, edited)).toEqual({ amount: '120.00' });
  });

  it('given a change to a field that is not editable, when collected, then it is not sent', () => {
    expect(changedFields(['note'], stored, { ...stored, amount: '1.00' })).toBeUndefined();
  });

  it('given rows rebuilt with their keys in another order, when collected, then nothing changed', () => {
    const edited = { ...stored, items: [{ price: '2.00', qty: '1' }] };

    expect(changedFields(['items'], stored, edited)).toBeUndefined();
  });

  it('given a cleared editable field, when collected, then it is sent as null', () => {
    const { note: _cleared, ...edited } = stored;

    expect(changedFields(['note'], stored, edited)).toEqual({ note: null });
  });
});

describe('editableIssues', () => {
  const issue = (path: ValidationIssue['path']): ValidationIssue => ({
    code: 'form.value.required',
    severity: 'error',
    path,
    message: 'x',
  });

  it('given issues on editable and other fields, when filtered, then only the editable ones stay', () => {
    const onAmount = issue(['values', 'amount']);
    const onCell = issue(['items', 0, 'qty']);

    expect(
      editableIssues(['amount', 'items'], [onAmount, onCell, issue(['title']), issue([])]),
    ).toEqual([onAmount, onCell]);
  });
});
