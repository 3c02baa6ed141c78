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

/** How the step is approved, in plain words: "60% 的审批人同意即通过（…3 人需 2 人…）". */
export function describeMode(settings: DecisionSettings, t: TFunction): string {
  if (settings.mode !== 'percentage') return t(`words.${settings.mode}`);
  const percent = settings.percent ?? 100;

  return t('words.percentage', {
    percent,
    three: neededApprovals(3, percent),
    ten: neededApprovals(10, percent),
  });
}

/**
 * What rejections do, in plain words, one sentence each: the rule for ordinary rejections
 * ("一人驳回即退回发起人" / "One rejection returns the request to the initiator"), then the veto
 * when someone has one. A threshold only applies in percentage mode.
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
  else main = t(`words.threshold.${target}`, { percent: settings.rejectPercent });
  if (settings.vetoUserIds.length === 0) return [main];

  return [main, t(`words.veto.${target}`, { names: names(settings.vetoUserIds) })];
}
