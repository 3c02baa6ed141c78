import { Alert, Select, Table, Typography } from 'antd';
import { useMemo } from 'react';
import {
  resolveText,
  setFieldAccess,
  type FieldAccess,
  type FlowBundle,
  type FormField,
  type ValidationIssue,
} from '@baton/schemas';
import type { RunCommand } from '../../canvas/selection.ts';
import { useLocale } from '../../i18n/index.ts';
import { useFlowsT } from '../i18n.ts';
import { SeverityTag } from '../SeverityTag.tsx';
import { accessCells, accessIssues, accessSteps } from './access-steps.ts';

type Props = {
  readonly bundle: FlowBundle;
  readonly issues: readonly ValidationIssue[];
  readonly run: RunCommand;
};

/**
 * "字段权限" / "Field permissions": fields × steps, each cell Edit, Read or Hidden. A change is
 * a `setFieldAccess` command (undoable, saved with the draft); cells that differ from the
 * default are bold. The server enforces the matrix; the checker's issues about it are listed.
 */
export function FieldAccessTab({ bundle, issues, run }: Props) {
  const t = useFlowsT();
  const locale = useLocale();
  const steps = useMemo(() => accessSteps(bundle.flow), [bundle.flow]);
  const cells = useMemo(
    () => new Map(steps.map((step) => [step.id, accessCells(bundle, step.id)])),
    [bundle, steps],
  );
  const problems = useMemo(() => accessIssues(issues), [issues]);
  const label = (field: FormField) => resolveText(field.label, locale);

  const columns = [
    {
      key: 'field',
      title: t('fieldAccess.field'),
      fixed: 'left' as const,
      render: (_: unknown, field: FormField) => (
        <span>
          {label(field)} <Typography.Text type="secondary">{field.key}</Typography.Text>
        </span>
      ),
    },
    ...steps.map((step) => ({
      key: step.id,
      title: resolveText(step.name, locale),
      render: (_: unknown, field: FormField) => {
        const cell = cells.get(step.id)?.get(field.key);
        if (!cell) return null;
        const stepName = resolveText(step.name, locale);
        const problem = problems.at(step.id, field.key).length > 0;

        return (
          <Select<FieldAccess>
            size="small"
            className={cell.listed ? 'baton-access-cell is-listed' : 'baton-access-cell'}
            aria-label={t('fieldAccess.cell', { field: label(field), step: stepName })}
            status={problem ? 'error' : ''}
            value={cell.access}
            onChange={(access) => run(setFieldAccess({ nodeId: step.id, key: field.key, access }))}
            options={cell.choices.map((choice) => ({
              value: choice,
              label: t(`fieldAccess.access.${choice}`),
            }))}
          />
        );
      },
    })),
  ];

  return (
    <section className="baton-field-access nokey" aria-labelledby="baton-field-access-title">
      <Typography.Title level={5} id="baton-field-access-title">
        {t('fieldAccess.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('fieldAccess.intro')}</Typography.Paragraph>
      {problems.all.length > 0 && (
        <Alert
          type="error"
          showIcon
          title={t('fieldAccess.issues', { count: problems.all.length })}
          description={
            <ul className="baton-field-access__issues">
              {problems.all.map((issue, index) => (
                <li key={`${issue.code}-${index}`}>
                  <SeverityTag severity={issue.severity} />
                  {issue.message}
                </li>
              ))}
            </ul>
          }
        />
      )}
      {bundle.form.fields.length === 0 ? (
        <Typography.Paragraph>{t('fieldAccess.noFields')}</Typography.Paragraph>
      ) : (
        <Table<FormField>
          rowKey="key"
          size="small"
          pagination={false}
          scroll={{ x: 'max-content' }}
          dataSource={bundle.form.fields}
          columns={columns}
        />
      )}
    </section>
  );
}
