import { z } from 'zod';

/**
 * One problem found in a document. `path` points into the document the way zod paths do
 * (`['nodes', 3, 'config', 'approvers']`), so the canvas, the JSON editor and the publish check
 * can all mark the same place.
 */
export const ValidationIssue = z.object({
  code: z.string(),
  severity: z.enum(['error', 'warning']),
  path: z.array(z.union([z.string(), z.number()])),
  message: z.string(),
  /** Node or edge the issue is about, when there is one: the canvas marks it. */
  nodeId: z.string().optional(),
  edgeId: z.string().optional(),
  /** For an issue inside an expression: its span in the expression source (editor markers). */
  start: z.number().int().min(0).optional(),
  end: z.number().int().min(0).optional(),
});
export type ValidationIssue = z.infer<typeof ValidationIssue>;

export function hasErrors(issues: readonly ValidationIssue[]): boolean {
  return issues.some((issue) => issue.severity === 'error');
}
