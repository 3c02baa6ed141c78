import type { TFunction } from 'i18next';

/** A person as the server shows them, or a bare user id. */
type PersonRef = { readonly id: string; readonly name: string } | string | null | undefined;

function nameOf(ref: PersonRef, userName: (id: string) => string): string | undefined {
  if (ref === null || ref === undefined || ref === '') return undefined;

  return typeof ref === 'string' ? userName(ref) : ref.name;
}

/**
 * A task's assignee as every list shows them: "王芳" or, when an out-of-office delegation gave
 * them the task, "王芳（代 刘洋）" / "王芳 on behalf of 刘洋".
 */
export function assigneeLabel(
  task: { readonly assignee: { readonly name: string }; readonly onBehalfOf?: PersonRef },
  t: TFunction,
  userName: (id: string) => string = (id) => id,
): string {
  const principal = nameOf(task.onBehalfOf, userName);
  if (principal === undefined) return task.assignee.name;

  return t('events.onBehalf', { ns: 'requestPage', name: task.assignee.name, principal });
}
