import { ApprovalConfig, type FlowNode } from '@baton/schemas';
import type { ResolveContext } from '../approvers/index.ts';
import { nodeConfig } from './graph.ts';
import { picksByApprover } from './picks.ts';
import type { Work } from './work.ts';

/**
 * Where a step's picks come from in the command being decided. `picked`: the people picked,
 * if anyone did; `fresh`: they came with this command (so they are checked now); `picker`:
 * for a step the previous approver picks, who that is (the approver of this command), or
 * `null` when the step is entered without anyone's approval and so nobody can pick.
 */
export type PickSource = {
  readonly picked?: readonly string[];
  readonly fresh: boolean;
  readonly picker?: string | null;
};

const NO_PICK: PickSource = { fresh: false };
const NO_PICKER: PickSource = { fresh: false, picker: null };

function own<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** The initiator's picks for a step: given with this command, else kept from before. */
function initiatorPicks(work: Work, node: FlowNode): PickSource {
  const given = own(work.fresh.picks, node.id);
  if (given) return { picked: given, fresh: true };
  const stored = own(work.state.picks, node.id);

  return stored ? { picked: stored, fresh: false } : NO_PICK;
}

/**
 * The picks a step is entered with. A step the previous approver picks takes only the
 * `nextApprovers` of the approval that enters it; entered by a submission, nobody can pick.
 * Other steps take the initiator's picks.
 */
export function picksAtEntry(work: Work, node: FlowNode): PickSource {
  if (!picksByApprover(nodeConfig(node, ApprovalConfig).approvers))
    return initiatorPicks(work, node);
  const { picker, next } = work.fresh;
  if (picker === undefined) return NO_PICKER;

  return next ? { picked: next, fresh: true, picker } : { fresh: false, picker };
}

/**
 * The picks a step on the path is looked at with at submission: a step the previous approver
 * picks waits for that pick when an approver decides on the way there (`afterApprover`), and
 * finds nobody otherwise, as its entry will.
 */
export function picksAhead(work: Work, node: FlowNode, afterApprover: boolean): PickSource {
  if (!picksByApprover(nodeConfig(node, ApprovalConfig).approvers))
    return initiatorPicks(work, node);

  return afterApprover ? NO_PICK : NO_PICKER;
}

/** A resolve context with the picks (and picker) of `source`. */
export function withSource(ctx: ResolveContext, source: PickSource): ResolveContext {
  if (source.picked === undefined && source.picker === undefined) return ctx;
  const picked = source.picked ? { picked: source.picked } : {};
  const picker = source.picker === undefined ? {} : { picker: source.picker };

  return { ...ctx, ...picked, ...picker };
}
