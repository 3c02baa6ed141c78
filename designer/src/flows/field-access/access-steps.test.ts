import { describe, expect, it } from 'vitest';
import {
  setFieldAccess,
  type FlowBundle,
  type FormField,
  type ValidationIssue,
} from '@baton/schemas';
import { accessCells, accessIssues, accessSteps } from './access-steps.ts';

const approval = { approvers: [{ kind: 'role', role: 'manager' }] };

function bundle(): FlowBundle {
  const total: FormField = {
    key: 'total',
    type: 'computed',
    label: 'Total',
    required: false,
    formula: 'amount',
    valueType: 'money',
    currency: 'CNY',
    decimals: 2,
  };

  return {
    flow: {
      schemaVersion: 1,
      key: 'purchase',
      name: 'Purchase',
      // Listed out of order on purpose: the matrix follows the route, not the list.
      nodes: [
        { id: 'end', type: 'end', name: 'End', config: {} },
        { id: 'finance', type: 'approval', name: 'Finance', config: approval },
        { id: 'copy', type: 'cc', name: 'Copy', config: {} },
        { id: 'branch', type: 'exclusive', name: 'Amount?', config: {} },
        { id: 'manager', type: 'approval', name: 'Manager', config: approval },
        { id: 'start', type: 'start', name: 'Start', config: {} },
        { id: 'orphan', type: 'approval', name: 'Orphan', config: approval },
      ],
      edges: [
        { id: 'e1', source: 'start', target: 'manager' },
        { id: 'e2', source: 'manager', target: 'branch' },
        { id: 'e3', source: 'branch', target: 'finance', condition: 'amount > 1', priority: 1 },
        { id: 'e4', source: 'branch', target: 'copy', isDefault: true },
        { id: 'e5', source: 'finance', target: 'end' },
        { id: 'e6', source: 'copy', target: 'end' },
      ],
    },
    form: {
      schemaVersion: 1,
      fields: [
        {
          key: 'amount',
          type: 'money',
          label: 'Amount',
          required: true,
          currency: 'CNY',
          validation: { decimals: 2 },
        },
        total,
      ],
    },
    layout: { positions: {} },
  };
}

describe('accessSteps', () => {
  it('given a flow, when its matrix columns are listed, then people-facing steps come in route order and branches and ends are left out', () => {
    expect(accessSteps(bundle().flow).map((node) => node.id)).toEqual([
      'start',
      'manager',
      'finance',
      'copy',
      'orphan',
    ]);
  });
});

describe('accessCells', () => {
  it('given no listed access, when read, then the start edits, other steps read, and computed fields are never editable', () => {
    const start = accessCells(bundle(), 'start');
    const manager = accessCells(bundle(), 'manager');

    expect(start.get('amount')).toEqual({
      access: 'edit',
      listed: false,
      choices: ['edit', 'read', 'hidden'],
    });
    expect(start.get('total')).toEqual({
      access: 'read',
      listed: false,
      choices: ['read', 'hidden'],
    });
    expect(manager.get('amount')?.access).toBe('read');
  });

  it('given a field hidden from the manager, when read, then that cell is hidden and listed', () => {
    const next = setFieldAccess({ nodeId: 'manager', key: 'amount', access: 'hidden' }).apply(
      bundle(),
    );

    expect(accessCells(next, 'manager').get('amount')).toMatchObject({
      access: 'hidden',
      listed: true,
    });
    expect(accessCells(next, 'finance').get('amount')).toMatchObject({
      access: 'read',
      listed: false,
    });
  });
});

describe('accessIssues', () => {
  it('given checker issues, when sorted out, then only field access issues are kept, by cell', () => {
    const issue = (path: ValidationIssue['path']): ValidationIssue => ({
      code: 'x',
      severity: 'error',
      path,
      message: path.join('.'),
    });
    const found = accessIssues([
      issue(['fieldAccess', 'manager', 'ghost']),
      issue(['form', 'fields', 0]),
      issue(['fieldAccess', 'nobody']),
    ]);

    expect(found.all.map((item) => item.message)).toEqual([
      'fieldAccess.manager.ghost',
      'fieldAccess.nobody',
    ]);
    expect(found.at('manager', 'ghost')).toHaveLength(1);
    expect(found.at('manager', 'amount')).toEqual([]);
  });
});
