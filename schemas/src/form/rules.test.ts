import { describe, expect, it } from 'vitest';
import { evaluateCondition } from '../expression/with-form.ts';
import { FormDefinition } from './form.ts';
import { applyFieldRules, fieldRuleState } from './rules.ts';
import { validateFormValues } from './validate.ts';

const form = FormDefinition.parse({
  schemaVersion: 1,
  fields: [
    { key: 'amount', type: 'money', label: 'Amount' },
    {
      key: 'kind',
      type: 'select',
      label: 'Kind',
      options: [
        { value: 'travel', label: 'Travel' },
        { value: 'other', label: 'Other' },
      ],
    },
    { key: 'reason', type: 'text', label: 'Reason', visibleWhen: 'amount > 1000' },
    { key: 'detail', type: 'text', label: 'Detail', visibleWhen: "reason == 'special'" },
    { key: 'hotel', type: 'money', label: 'Hotel', requiredWhen: "kind == 'travel'" },
    {
      key: 'rate',
      type: 'percentage',
      label: 'Rate',
      default: '6',
      disabledWhen: "kind == 'other'",
    },
    { key: 'tax', type: 'computed', label: 'Tax', formula: 'amount * rate / 100' },
    { key: 'extra', type: 'section', label: 'Extra', visibleWhen: "kind == 'travel'" },
    { key: 'nights', type: 'number', label: 'Nights' },
    { key: 'after', type: 'section', label: 'After' },
    { key: 'remark', type: 'text', label: 'Remark' },
  ],
});

describe('applyFieldRules', () => {
  it('hides a field while its rule fails, also while the operand is empty', () => {
    expect(applyFieldRules(form, {}).hidden).toContain('reason');
    expect(applyFieldRules(form, { amount: '500.00' }).hidden).toContain('reason');
    expect(applyFieldRules(form, { amount: '1000.01' }).hidden).not.toContain('reason');
  });

  it('reads a field hidden by another rule as empty, so what depends on it hides too', () => {
    // given a detail shown for a special reason, and a reason shown above 1000
    const values = { amount: '10.00', reason: 'special', detail: 'x' };

    // when the amount hides the reason
    const state = applyFieldRules(form, values);

    // then the detail is hidden as well, and neither value counts
    expect(state.hidden).toEqual(expect.arrayContaining(['reason', 'detail']));
    expect(state.values).not.toHaveProperty('reason');
    expect(state.values).not.toHaveProperty('detail');
  });

  it('requires a field while its requiredWhen holds', () => {
    expect(applyFieldRules(form, { kind: 'travel' }).required).toContain('hotel');
    expect(applyFieldRules(form, { kind: 'other' }).required).not.toContain('hotel');
  });

  it('keeps the previous value of a disabled field whatever is submitted, else its default', () => {
    const submitted = { amount: '100.00', kind: 'other', rate: '50' };

    const atStart = applyFieldRules(form, submitted);
    const later = applyFieldRules(form, submitted, { previous: { rate: '13.00' } });

    expect(atStart.disabled).toEqual(['rate']);
    expect(atStart.values).toMatchObject({ rate: '6.00', tax: '6.00' });
    expect(later.values).toMatchObject({ rate: '13.00', tax: '13.00' });
  });

  it('hides the fields of a hidden section up to the next section', () => {
    const state = applyFieldRules(form, { kind: 'other', nights: '2', remark: 'ok' });

    expect(state.hidden).toEqual(['reason', 'detail', 'extra', 'nights']);
    expect(state.values).toMatchObject({ remark: 'ok' });
    expect(fieldRuleState(state, 'nights')).toEqual({
      visible: false,
      required: false,
      disabled: false,
    });
  });

  it('stops a pair of rules that hide each other after the pass bound', () => {
    const cyclic = FormDefinition.parse({
      schemaVersion: 1,
      fields: [
        { key: 'a', type: 'text', label: 'A', visibleWhen: 'isEmpty(b)' },
        { key: 'b', type: 'text', label: 'B', visibleWhen: 'isEmpty(a)' },
      ],
    });

    // when both are filled, each rule hides the other, which shows it again, and so on
    const state = applyFieldRules(cyclic, { a: 'x', b: 'y' });

    // then the passes stop at their bound in one of the two states the rules swing between
    expect([[], ['a', 'b']]).toContainEqual(state.hidden);
  });
});

describe('validateFormValues with linkage rules', () => {
  it('drops the value of a hidden field without an issue, so conditions never see it', () => {
    // given a reason typed while the amount was high, then the amount lowered
    const result = validateFormValues(form, { amount: '10.00', reason: 'x'.repeat(10) });

    // then the reason is gone and a condition on it is not met
    expect(result.issues).toEqual([]);
    expect(result.values).not.toHaveProperty('reason');
    expect(evaluateCondition("reason == 'xxxxxxxxxx'", result.values, form)).toBe(false);
  });

  it('does not report a bad value in a hidden field', () => {
    expect(validateFormValues(form, { amount: '1.00', reason: 42 }).issues).toEqual([]);
  });

  it('reports a field required by requiredWhen', () => {
    const issues = validateFormValues(form, { kind: 'travel' }).issues;

    expect(issues.map((issue) => `${issue.path.join('.')}: ${issue.code}`)).toEqual([
      'hotel: form.value.required',
    ]);
  });

  it('keeps the stored value of a disabled field on an approver edit', () => {
    const previous = { amount: '200.00', kind: 'other', rate: '10.00' };

    const result = validateFormValues(form, { ...previous, rate: '99' }, { previous });

    expect(result.issues).toEqual([]);
    expect(result.values).toMatchObject({ rate: '10.00', tax: '20.00' });
  });
});
