export { FormRenderer, type FormRendererProps } from './FormRenderer.tsx';
export { ReadOnlyForm } from './ReadOnlyForm.tsx';
export { useFormEditor, withComputedValues, type FormEditor } from './use-form-editor.ts';
export { indexIssues, describeFormPath, valuePath, type FormIssues } from './form-issues.ts';
export { useDescribeFormPath } from './use-describe-path.ts';
export { localToday } from './today.ts';
export { toChineseCapitals } from './chinese-capitals.ts';
export { sanitizeDecimalInput, groupDigits, formatDecimal } from './decimal-text.ts';
export { displayMoney, currencySign } from './money.ts';
