import {
  checkExpression,
  evaluateCondition,
  evaluateFormula,
  formScope,
  type FlowBundle,
} from '@baton/schemas';
import { describe, expect, it } from 'vitest';
import { getTemplate, templates } from './catalogue.ts';

function bundleOf(key: string): FlowBundle {
  const template = getTemplate(key);
  if (!template) throw new Error(`no template ${key}`);

  return template.bundle;
}

describe.each(templates.map((template) => [template.key, template.bundle] as const))(
  'expressions of template %s',
  (_key, bundle) => {
    it('type-check every edge condition and computed formula against the form', () => {
      const scope = formScope(bundle.form);
      for (const edge of bundle.flow.edges) {
        if (edge.condition === undefined) continue;
        expect(checkExpression(edge.condition, scope, 'boolean').issues, edge.id).toEqual([]);
      }
      for (const field of bundle.form.fields) {
        if (field.type !== 'computed') continue;
        expect(checkExpression(field.formula, scope, 'number').issues, field.key).toEqual([]);
      }
    });
  },
);

describe('expense threshold condition', () => {
  const { flow, form } = bundleOf('expense');
  const condition = flow.edges.find((edge) => edge.id === 'e-threshold-finance')?.condition ?? '';

  it('sends 12,345.67 and exactly 5,000.00 to finance', () => {
    expect(evaluateCondition(condition, { amount: '12345.67' }, form)).toBe(true);
    expect(evaluateCondition(condition, { amount: '5000.00' }, form)).toBe(true);
  });

  it('lets 800.00 and 4,999.99 take the default edge', () => {
    expect(evaluateCondition(condition, { amount: '800.00' }, form)).toBe(false);
    expect(evaluateCondition(condition, { amount: '4999.99' }, form)).toBe(false);
  });

  it('is not met when the amount is missing', () => {
    expect(evaluateCondition(condition, {}, form)).toBe(false);
  });
});

describe('line-item totals', () => {
  it('add expense items exactly: 0.10 + 0.20 is 0.3, not 0.30000000000000004', () => {
    const { form } = bundleOf('expense');
    const items = [
      { item: '出租车', amount: '0.10' },
      { item: '地铁', amount: '0.20' },
    ];
    expect(evaluateFormula('sum(items.amount)', { items }, form)).toBe('0.3');
  });

  it('add budget breakdown rows', () => {
    const { form } = bundleOf('budget');
    const breakdown = [
      { category: 'travel', amount: '12000.50' },
      { category: 'marketing', amount: '30000.25' },
    ];
    expect(evaluateFormula('sum(breakdown.amount)', { breakdown }, form)).toBe('42000.75');
  });
});
