import {
  checkForm,
  defaultFormValues,
  validateFormValues,
  type FormField,
  type FormValues,
} from '@baton/schemas';
import { describe, expect, it } from 'vitest';
import { templates } from './catalogue.ts';

const isRequired = (field: FormField) => 'required' in field && field.required;
const isEmpty = (value: unknown) =>
  value === undefined || (Array.isArray(value) && value.length === 0);

// A request a real employee would file with each template.
const samples: Readonly<Record<string, FormValues>> = {
  expense: {
    description: '上海客户拜访差旅费',
    amount: '12345.67',
    date: '2026-03-12',
    costCentre: 'CC-1001',
    items: [
      { item: '高铁票', amount: '1104.00' },
      { item: '酒店住宿', amount: '11241.67' },
    ],
  },
  procurement: {
    title: '仓库货架采购',
    supplier: '杭州恒力仓储设备有限公司',
    deliveryDate: '2026-04-30',
    budgetCode: 'BG-OPS',
    items: [
      { item: '重型货架 2000×600×2000', quantity: '20', unitPrice: '860.00', amount: '17200.00' },
    ],
    justification: '新仓库启用，需增加货架容量。',
  },
  budget: {
    fiscalYear: '2026',
    costCentre: 'CC-1002',
    amount: '250000.00',
    purpose: '华南区 2026 年市场推广预算',
    breakdown: [
      { category: 'marketing', amount: '180000.00' },
      { category: 'travel', amount: '70000.00' },
    ],
  },
};

describe.each(templates.map((template) => [template.key, template.bundle.form] as const))(
  'form of template %s',
  (key, form) => {
    it('passes the form checker', () => {
      expect(checkForm(form)).toEqual([]);
    });

    it('accepts a realistic request and computes its total', () => {
      const result = validateFormValues(form, samples[key]);
      expect(result.issues).toEqual([]);
      const totalKey = form.fields.find((field) => field.type === 'computed')?.key ?? '';
      expect(result.values[totalKey]).toMatch(/^\d+\.\d{2}$/);
    });

    it('refuses an empty request with an issue per required field', () => {
      const required = form.fields.filter(isRequired).map((field) => field.key);
      const { issues } = validateFormValues(form, {});
      expect(new Set(issues.map((issue) => issue.path[0]))).toEqual(new Set(required));
    });

    it('prefills defaults that leave only the required fields to fill in', () => {
      const defaults = defaultFormValues(form, '2026-03-12');
      const unfilled = form.fields
        .filter((field) => isRequired(field) && isEmpty(defaults[field.key]))
        .map((field) => ['form.value.required', field.key]);
      const { issues } = validateFormValues(form, defaults);
      expect(issues.map((issue) => [issue.code, issue.path[0]])).toEqual(unfilled);
    });
  },
);

describe('form defaults', () => {
  it('date an expense claim today and a budget request for 2026', () => {
    const [expense, , budget] = templates.map((template) => template.bundle.form);
    expect(defaultFormValues(expense!, '2026-03-12')).toMatchObject({ date: '2026-03-12' });
    expect(defaultFormValues(budget!, '2026-03-12')).toMatchObject({ fiscalYear: '2026' });
  });
});
