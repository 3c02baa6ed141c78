import { describe, expect, it } from 'vitest';
import type { FlowBundle } from './bundle.ts';
import { createHistory, execute, undo } from './edit-history.ts';
import { updateFlowPolicies } from './edit-policies.ts';
import type { FlowPolicies } from './flow.ts';

function bundle(policies?: FlowBundle['flow']['policies']): FlowBundle {
  return {
    flow: {
      schemaVersion: 1,
      key: 'expense',
      name: 'Expense',
      nodes: [],
      edges: [],
      ...(policies ? { policies } : {}),
    },
    form: { schemaVersion: 1, fields: [] },
    layout: { positions: {} },
  };
}

const defaults: FlowPolicies = {
  dedupe: 'none',
  allowSelfApproval: false,
  distinctApprovers: false,
  withdraw: 'beforeAnyDecision',
  urgeIntervalMinutes: 30,
  minApprovers: [],
};

describe('updateFlowPolicies', () => {
  it('given a flow without policies, when one is set, then all policies are written', () => {
    const next = updateFlowPolicies({ patch: { dedupe: 'consecutive' } }).apply(bundle());

    expect(next.flow.policies).toEqual({ ...defaults, dedupe: 'consecutive' });
  });

  it('given policies, when set back to the defaults, then the key is removed from the flow', () => {
    const start = bundle({ ...defaults, distinctApprovers: true });
    const next = updateFlowPolicies({ patch: { distinctApprovers: false } }).apply(start);

    expect('policies' in next.flow).toBe(false);
  });

  it('given a patch that changes nothing, when applied, then the same bundle comes back', () => {
    const start = bundle({ ...defaults, dedupe: 'anywhere' });

    expect(updateFlowPolicies({ patch: { dedupe: 'anywhere' } }).apply(start)).toBe(start);
    expect(updateFlowPolicies({ patch: { dedupe: 'none' } }).apply(bundle())).toEqual(bundle());
  });

  it('given a minimum-approvers row, when set and undone, then the flow is as before', () => {
    const history = createHistory(bundle());
    const row = { field: 'amount', atLeast: '50000', approvers: 3 };
    const edited = execute(history, updateFlowPolicies({ patch: { minApprovers: [row] } }));

    expect(edited.present.flow.policies?.minApprovers).toEqual([row]);
    expect(undo(edited).present).toEqual(bundle());
  });

  it('given an amount field, when it is set to undefined, then the key is gone and the defaults remain', () => {
    const start = bundle({ ...defaults, amountField: 'amount', withdraw: 'never' });
    const next = updateFlowPolicies({ patch: { amountField: undefined } }).apply(start);

    expect(next.flow.policies).toEqual({ ...defaults, withdraw: 'never' });
    expect(next.flow.policies && 'amountField' in next.flow.policies).toBe(false);
  });

  it('given a required policy set to undefined, when applied, then it takes its default', () => {
    const start = bundle({ ...defaults, urgeIntervalMinutes: 120, withdraw: 'untilEnd' });
    const next = updateFlowPolicies({ patch: { urgeIntervalMinutes: undefined } }).apply(start);

    expect(next.flow.policies).toEqual({ ...defaults, withdraw: 'untilEnd' });
  });

  it('given withdraw, urge and amount-field rules, when set and undone, then each is one step back', () => {
    const history = createHistory(bundle());
    const withdraw = execute(history, updateFlowPolicies({ patch: { withdraw: 'untilEnd' } }));
    const urge = execute(withdraw, updateFlowPolicies({ patch: { urgeIntervalMinutes: 60 } }));
    const field = execute(urge, updateFlowPolicies({ patch: { amountField: 'amount' } }));

    expect(field.present.flow.policies).toEqual({
      ...defaults,
      withdraw: 'untilEnd',
      urgeIntervalMinutes: 60,
      amountField: 'amount',
    });
    expect(undo(field).present).toBe(urge.present);
    expect(undo(undo(undo(field))).present).toEqual(bundle());
  });
});
