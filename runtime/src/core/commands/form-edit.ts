import type { FormValues } from '@baton/schemas';
import { assertBranchesAhead } from '../branches-ahead.ts';
import { changedKeys } from '../form-changes.ts';
import { assertReferencesKnown } from '../references.ts';
import type { TaskState } from '../types.ts';
import { emit, type Work } from '../work.ts';

/**
 * An approver's edits, stored before the approval routes on so that later conditions and
 * approver rules see them: `form.edited` names the changed fields (never their values). The
 * engine has checked the values against the form and the step's field access. Unchanged values
 * record nothing. Changed `user` and `department` values must name what the org holds (as at
 * a submission; values kept as they were are not checked again), and edited values must still
 * leave every branch ahead a path.
 */
export function applyEdits(work: Work, task: TaskState, values: FormValues): void {
  const fields = changedKeys(work.state.values, values);
  if (fields.length === 0) return;
  const changed = Object.fromEntries(fields.map((key) => [key, values[key]]));
  assertReferencesKnown(work.bundle.form, changed, work.ctx.org);
  work.state.values = values;
  emit(work, 'form.edited', { taskId: task.id, nodeId: task.nodeId, fields });
  assertBranchesAhead(work, task.nodeId);
}
