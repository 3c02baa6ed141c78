import { useCallback } from 'react';
import type { FormEditor } from '../forms/index.ts';
import { useApiProblem } from '../api/use-api-problem.ts';

/** On a refused submit, puts the server's issues next to the fields they are about. */
export function useShowServerIssues(editor: FormEditor): (error: unknown) => void {
  const toProblem = useApiProblem();
  const { setServerIssues } = editor;

  return useCallback(
    (error: unknown) => setServerIssues(toProblem(error).issues),
    [setServerIssues, toProblem],
  );
}
