import { useCallback, useMemo, useState } from 'react';
import { hasErrors, type FormValues, type ValidationIssue } from '@baton/schemas';
import { useApiProblem } from '../../api/use-api-problem.ts';
import type { InstanceView } from '../../api/types.ts';
import { useDescribeFormPath, useFormEditor, type FormEditor } from '../../forms/index.ts';
import { changedFields, editableIssues } from './approver-edits.ts';

/** What the decision box needs of the approver's edits. */
export type ApproverEdits = {
  /**
   * Checks the edits and gives the changed fields to send with Approve: `undefined` when
   * nothing changed, `null` while an editable field has an error (shown at the field).
   */
  readonly collect: () => FormValues | null | undefined;
  /** Shows a refused approval's issues at the fields they are about. */
  readonly refused: (error: unknown) => void;
  readonly describePath: (path: ValidationIssue['path']) => string;
  /** The editable fields' issues shown now (after a check), for the banner above them. */
  readonly issues: readonly ValidationIssue[];
};

/**
 * The approver's editing of the fields their step lets them change (`editableFields`): a form
 * editor over the stored values, and the `ApproverEdits` for the decision box. Only the
 * editable fields' issues are shown or block Approve; the server judges the rest.
 */
export function useApproverEdits(request: InstanceView): {
  readonly editor: FormEditor;
  readonly issues: readonly ValidationIssue[];
  readonly edits: ApproverEdits | undefined;
} {
  const { form, values: stored, editableFields } = request;
  const editor = useFormEditor(form, () => stored, stored, editableFields);
  // When the request changed under the approver (someone else acted), the edits start again
  // from what is stored now: Approve must never send changes made to values no longer there.
  const [base, setBase] = useState(request.updatedAt);
  if (base !== request.updatedAt) {
    setBase(request.updatedAt);
    editor.change(stored);
  }
  const describePath = useDescribeFormPath(form);
  const toProblem = useApiProblem();
  const { check, setServerIssues } = editor;
  const collect = useCallback(() => {
    const result = check();
    if (hasErrors(editableIssues(editableFields, result.issues))) return null;

    return changedFields(editableFields, stored, result.values);
  }, [check, editableFields, stored]);
  const refused = useCallback(
    (error: unknown) => setServerIssues(toProblem(error).issues),
    [setServerIssues, toProblem],
  );
  const issues = useMemo(
    () => editableIssues(editableFields, editor.issues),
    [editableFields, editor.issues],
  );
  const edits = useMemo(
    () => (editableFields.length === 0 ? undefined : { collect, refused, describePath, issues }),
    [editableFields, collect, refused, describePath, issues],
  );

  return { editor, issues, edits };
}
