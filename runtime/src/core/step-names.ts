import { resolveText, type FlowNode } from '@baton/schemas';
import { explain, type Explanation } from '../approvers/explanations.ts';

/** A step's name in both languages, as the `{stepZh}` / `{stepEn}` params of an error. */
export function stepParams(node: FlowNode): { nodeId: string; stepZh: string; stepEn: string } {
  return {
    nodeId: node.id,
    stepZh: resolveText(node.name, 'zh-CN'),
    stepEn: resolveText(node.name, 'en'),
  };
}

/** Explanations as the `{reasonZh}` / `{reasonEn}` params of an error, joined when several. */
export function reasonParams(reasons: readonly Explanation[]): {
  reasonZh: string;
  reasonEn: string;
} {
  return {
    reasonZh: reasons.map((reason) => explain(reason, 'zh-CN')).join('；'),
    reasonEn: reasons.map((reason) => explain(reason, 'en')).join('; '),
  };
}
