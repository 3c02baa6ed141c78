import { excerpt } from '../excerpt.ts';
import type { ValidationIssue } from '../issue.ts';

/** `flow.nodes[3].config`, each key cut to a readable length. @internal */
export function pathText(path: ValidationIssue['path']): string {
  if (path.length === 0) return '(document)';

  return path
    .map((part, index) =>
      typeof part === 'number' ? `[${part}]` : index === 0 ? excerpt(part) : `.${excerpt(part)}`,
    )
    .join('');
}
