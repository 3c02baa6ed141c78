import type { FormDefinition, I18nText, ValidationIssue } from '@baton/schemas';

type Path = ValidationIssue['path'];

/**
 * Issue paths point into the form values (`['items', 0, 'amount']`). The server may report them
 * from its command input (`['values', 'items', 0, 'amount']`): both end up the same here.
 */
export function valuePath(path: Path): Path {
  return path[0] === 'values' ? path.slice(1) : path;
}

/** The issues of one form, found by the place they are about. */
export type FormIssues = {
  /** Issues about a whole field (and, for a table, about one of its rows). */
  readonly field: (key: string) => readonly ValidationIssue[];
  /** Issues about the cells of one row of a line-item table. */
  readonly row: (key: string, row: number) => readonly ValidationIssue[];
  /** Issues that name no field of the form: shown above it. */
  readonly unplaced: readonly ValidationIssue[];
  readonly count: number;
};

export function indexIssues(form: FormDefinition, issues: readonly ValidationIssue[]): FormIssues {
  const placed = issues.map((issue) => ({ issue, path: valuePath(issue.path) }));
  const keys = new Set(form.fields.map((field) => field.key));
  const select = (test: (path: Path) => boolean) =>
    placed.filter((entry) => test(entry.path)).map((entry) => entry.issue);

  return {
    field: (key) => select((path) => path[0] === key && path.length <= 2),
    row: (key, row) => select((path) => path.length === 3 && path[0] === key && path[1] === row),
    unplaced: select((path) => typeof path[0] !== 'string' || !keys.has(path[0])),
    count: issues.length,
  };
}

/**
 * Turns an issue path into the words the form shows: `['items', 0, 'amount']` →
 * "明细 › 第 1 行 › 金额". Parts it cannot name are shown as they are.
 */
export function describeFormPath(options: {
  readonly form: FormDefinition;
  readonly path: Path;
  readonly text: (label: I18nText) => string;
  readonly row: (number: number) => string;
  readonly separator: string;
}): string {
  const { form, text, row, separator } = options;
  const [key, ...rest] = valuePath(options.path);
  const field = form.fields.find((candidate) => candidate.key === key);
  if (!field) return options.path.join(separator);
  const words = [text(field.label)];
  for (const part of rest) {
    if (typeof part === 'number') {
      words.push(row(part + 1));
      continue;
    }
    const column =
      field.type === 'table'
        ? field.columns.find((candidate) => candidate.key === part)
        : undefined;
    words.push(column ? text(column.label) : part);
  }

  return words.join(separator);
}
