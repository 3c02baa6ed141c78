import { Card, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ValidationIssue } from '@baton/schemas';
import type { InstanceView } from '../../api/types.ts';
import { FormRenderer, type FormEditor } from '../../forms/index.ts';
import { useStoredComputed } from './stored-computed.ts';

/**
 * The request's form for an approver whose step lets them edit some fields ("You may edit
 * these fields" / 可编辑字段): those fields are inputs, the others read-only; the changes go
 * with Approve (see `useApproverEdits`).
 */
export function ApproverEditCard(props: {
  readonly request: InstanceView;
  readonly editor: FormEditor;
  readonly issues: readonly ValidationIssue[];
}) {
  const { request, editor, issues } = props;
  const { t } = useTranslation('forms');
  const uploadTarget = useMemo(() => ({ instanceId: request.id }), [request.id]);
  const values = useStoredComputed(request.form, editor.values, request.values);

  return (
    <Card title={t('approverEdit.title')}>
      <Typography.Paragraph type="secondary">{t('approverEdit.hint')}</Typography.Paragraph>
      <FormRenderer
        form={request.form}
        values={values}
        onChange={editor.change}
        issues={issues}
        editable={request.editableFields}
        previous={request.values}
        uploadTarget={uploadTarget}
        idPrefix="approver-edit"
      />
    </Card>
  );
}
