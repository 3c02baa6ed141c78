import { ApprovalConfig, I18nText } from '@baton/schemas';
import { z } from 'zod';
import { Picks } from '../core/types.ts';

/** A sentence in both UI languages (an explanation rendered with `explainBoth`). */
export const BothTexts = z.object({ 'zh-CN': z.string(), en: z.string() });
export type BothTexts = z.infer<typeof BothTexts>;

/** One person a previewed step would get, and why. */
export const PreviewAssignee = z.object({
  userId: z.string(),
  reason: BothTexts,
  /** Set when a policy would decide this part without the person acting. */
  auto: z.enum(['initiator', 'dedupe', 'nobody']).optional(),
});
export type PreviewAssignee = z.infer<typeof PreviewAssignee>;

/**
 * A step the request would pass, in the order it would be entered. `outcome`: people get
 * `tasks`; a policy approves or rejects it automatically; someone must pick its approvers
 * first (`needsPick`, see `pick`); or it cannot be staffed and the submission would be refused
 * (`refused`). CC steps appear with kind `cc` and their recipients as `assignees`.
 */
export const PreviewStep = z.object({
  nodeId: z.string(),
  name: I18nText,
  kind: z.enum(['approval', 'cc']),
  mode: ApprovalConfig.shape.mode,
  /** Approvals that complete the step. */
  needed: z.number().int(),
  outcome: z.enum(['tasks', 'autoApproved', 'autoRejected', 'needsPick', 'refused']),
  assignees: z.array(PreviewAssignee),
  reason: BothTexts,
  facts: z.array(BothTexts),
  fallback: z.boolean(),
  pick: z
    .object({
      by: z.enum(['initiator', 'approver']),
      multiple: z.boolean(),
      candidateIds: z.array(z.string()),
    })
    .optional(),
});
export type PreviewStep = z.infer<typeof PreviewStep>;

/**
 * What a request with these values would do if every step were approved: the path
 * (`nodeIds`, `edgeIds`, in order), each step's people with reasons, and how it would end.
 * `refusal` is the error a submission would get now (for example a step set to `refuse` that
 * resolves to nobody), in both languages.
 */
export const RoutePreview = z.object({
  steps: z.array(PreviewStep),
  nodeIds: z.array(z.string()),
  edgeIds: z.array(z.string()),
  outcome: z.enum(['completed', 'rejected', 'refused']),
  refusal: z.object({ code: z.string(), message: BothTexts }).optional(),
});
export type RoutePreview = z.infer<typeof RoutePreview>;

/** What to preview: who submits, with which values and picks. */
export const PreviewInput = z.object({
  initiatorId: z.string().min(1),
  values: z.record(z.string(), z.unknown()),
  picks: Picks.optional(),
});
export type PreviewInput = z.infer<typeof PreviewInput>;
