import type { TFunction } from 'i18next';
import type { ApprovalConfig } from '@baton/schemas';

/** The settings of an approval step that decide how it ends. */
export type DecisionSettings = Pick<
  ApprovalConfig,
  'mode' | 'rejectTo' | 'rejectWhen' | 'vetoUserIds'
> & {
  readonly percent?: number | undefined;
  readonly rejectPercent?: number | undefined;
};

/**
 * Approvals a percentage step needs out of `approvers`: ceil(n × percent / 100), at least one,
 * in integers (the rounding every part of Baton uses).
 */
export function neededApprovals(approvers: number, percent: number): number {
  return Math.max(1, Math.floor((approvers * percent + 99) / 100));
}

/** The share and its rounding on 3 and 10 approvers, as the messages interpolate them. */
function shareWords(percent: number) {
  return { percent, three: neededApprovals(3, percent), ten: neededApprovals(10, percent) };
}

/**
 * How the step is approved, in plain words: "60% 的审批人同意即通过（…3 人需 2 人…）"; a
 * percentage step without its share says the share is not set.
 */
export function describeMode(settings: DecisionSettings, t: TFunction): string {
  if (settings.mode !== 'percentage') return t(`words.${settings.mode}`);
  if (settings.percent === undefined) return t('words.percentageUnset');

  return t('words.percentage', shareWords(settings.percent));
}

/**
 * What rejections do, in plain words, one sentence each: the rule for ordinary rejections
 * ("一人驳回即退回发起人" / "One rejection returns the request to the initiator"), the veto when
 * someone has one, and last that the approver who rejects may send the request the other way
 * (the reject command's `target` overrides `rejectTo`). A threshold only applies in percentage
 * mode; its share is rounded like the approval share.
 */
export function describeRejectPolicy(
  settings: DecisionSettings,
  context: { readonly t: TFunction; readonly names: (userIds: readonly string[]) => string },
): string[] {
  const { t, names } = context;
  const target = settings.rejectTo;
  const threshold = settings.mode === 'percentage' && settings.rejectWhen === 'threshold';
  let main: string;
  if (!threshold) main = t(`words.first.${target}`);
  else if (settings.rejectPercent === undefined) main = t(`words.unreachable.${target}`);
  else main = t(`words.threshold.${target}`, shareWords(settings.rejectPercent));
  const choice = t(`words.${threshold ? 'approverChoosesShare' : 'approverChooses'}.${target}`);
  if (settings.vetoUserIds.length === 0) return [main, choice];

  return [main, t(`words.veto.${target}`, { names: names(settings.vetoUserIds) }), choice];
}
