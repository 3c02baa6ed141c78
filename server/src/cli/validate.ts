import { readFile } from 'node:fs/promises';
import { checkFlow, hasErrors, type ValidationIssue } from '@baton/schemas';

export type Output = { write(text: string): void };

function describeIssue(issue: ValidationIssue): string {
  const where = issue.path.length === 0 ? '(bundle)' : issue.path.join('.');
  const target = issue.nodeId
    ? ` [node ${issue.nodeId}]`
    : issue.edgeId
      ? ` [edge ${issue.edgeId}]`
      : '';

  return `${issue.severity.padEnd(7)} ${issue.code}  ${where}${target}: ${issue.message}\n`;
}

/**
 * `baton validate <file.json>`: checks a flow bundle file (`{ flow, form, layout? }`) and prints
 * one line per issue. Exit code 1 when there is an error (or the file is not JSON), 0 otherwise.
 */
export async function validateFile(file: string, out: Output): Promise<number> {
  let input: unknown;
  try {
    input = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    out.write(
      `cannot read ${file} as JSON: ${error instanceof Error ? error.message : String(error)}\n`,
    );

    return 1;
  }
  const issues = checkFlow(input);
  for (const issue of issues) out.write(describeIssue(issue));
  const errors = issues.filter((issue) => issue.severity === 'error').length;
  out.write(`${file}: ${errors} error(s), ${issues.length - errors} warning(s)\n`);

  return hasErrors(issues) ? 1 : 0;
}
