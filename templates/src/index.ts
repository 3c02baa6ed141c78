export { DEMO_PASSWORD, demoOrg, demoUserId } from './demo-org.ts';
export { demoAccounts, type DemoAccount } from './demo-accounts.ts';
export { templates, getTemplate } from './catalogue.ts';
export { expenseTemplate, EXPENSE_FINANCE_THRESHOLD } from './expense.ts';
export { procurementTemplate } from './procurement.ts';
export { budgetTemplate } from './budget.ts';
export type { Template, TemplateCategory } from './template.ts';
