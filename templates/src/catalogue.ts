import { budgetTemplate } from './budget.ts';
import { expenseTemplate } from './expense.ts';
import { procurementTemplate } from './procurement.ts';
import type { Template } from './template.ts';

/** Every scenario template, in gallery order. The server publishes each as v1 on first start. */
export const templates: readonly Template[] = Object.freeze([
  expenseTemplate,
  procurementTemplate,
  budgetTemplate,
]);

/** The template with this key, or `undefined`. */
export function getTemplate(key: string): Template | undefined {
  return templates.find((template) => template.key === key);
}
