import { Typography } from 'antd';
import { resolveText, type FormDefinition, type ValidationIssue } from '@baton/schemas';
import { SeverityTag } from '../flows/SeverityTag.tsx';
import { useLocale } from '../i18n/index.ts';
import { useFormBuilderT } from './i18n.ts';

/** The field an issue of the bundle is about (`['form', 'fields', 3, …]`), if any. */
function fieldIndex(issue: ValidationIssue): number | undefined {
  const [part, list, index] = issue.path;

  return part === 'form' && list === 'fields' && typeof index === 'number' ? index : undefined;
}

/**
 * The checker's issues about the form (the same list publishing reads), each a button that
 * selects the field it is about. Nothing when the form has none.
 */
export function FormIssues(props: {
  readonly form: FormDefinition;
  readonly issues: readonly ValidationIssue[];
  readonly onSelect: (key: string) => void;
}) {
  const t = useFormBuilderT();
  const locale = useLocale();
  const about = props.issues.flatMap((issue) => {
    const index = fieldIndex(issue);
    const field = index === undefined ? undefined : props.form.fields[index];

    return field ? [{ issue, field }] : [];
  });
  if (about.length === 0) return null;

  return (
    <section className="baton-form-issues" aria-labelledby="baton-form-issues-title">
      <Typography.Text strong id="baton-form-issues-title">
        {t('issues.title', { count: about.length })}
      </Typography.Text>
      <ul>
        {about.map(({ issue, field }, at) => (
          <li key={`${issue.code}-${at}`}>
            <SeverityTag severity={issue.severity} />
            <button
              type="button"
              className="baton-form-issues__item"
              onClick={() => props.onSelect(field.key)}
            >
              <strong>{resolveText(field.label, locale)}</strong> {issue.message}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
