import { ApprovalConfig } from '../../flow/node-kinds.ts';
import type { CheckContext } from '../context.ts';

const warning = 'warning' as const;

function checkPercentages(ctx: CheckContext, position: number, config: ApprovalConfig): void {
  const at = (key: string) => ['flow', 'nodes', position, 'config', key];
  const percentage = config.mode === 'percentage';
  if (percentage && config.percent === undefined)
    ctx.atNode(position, 'approval.percent-missing', {}, { path: at('percent') });
  if (!percentage && config.percent !== undefined) {
    ctx.atNode(position, 'approval.percent-unused', {}, { path: at('percent'), severity: warning });
  }
  const threshold = config.rejectWhen === 'threshold';
  if (threshold && !percentage)
    ctx.atNode(position, 'approval.threshold-needs-percentage', {}, { path: at('rejectWhen') });
  if (config.rejectPercent !== undefined && !(threshold && percentage))
    ctx.atNode(position, 'approval.reject-percent-misplaced', {}, { path: at('rejectPercent') });
}

function checkFallback(ctx: CheckContext, position: number, config: ApprovalConfig): void {
  const path = ['flow', 'nodes', position, 'config', 'fallbackUserId'];
  if (config.ifNobody === 'user' && config.fallbackUserId === undefined)
    ctx.atNode(position, 'approval.fallback-missing', {}, { path });
  if (config.ifNobody !== 'user' && config.fallbackUserId !== undefined)
    ctx.atNode(position, 'approval.fallback-unused', {}, { path, severity: warning });
}

/**
 * The settings of an approval step that only make sense together: percentage mode needs a
 * percent; `rejectWhen: 'threshold'` needs percentage mode and `rejectPercent` needs both;
 * `ifNobody: 'user'` needs `fallbackUserId` (a fallback without it is a warning);
 * `initiator: 'act'` needs the flow policy `allowSelfApproval`. Each issue points at the key.
 * Configs of other kinds that need assignees are left alone. @internal
 */
export function checkApprovalSettings(ctx: CheckContext, position: number, raw: unknown): void {
  const parsed = ApprovalConfig.safeParse(raw);
  if (!parsed.success) return;
  const config = parsed.data;
  checkPercentages(ctx, position, config);
  checkFallback(ctx, position, config);
  const allowed = ctx.bundle.flow.policies?.allowSelfApproval === true;
  if (config.initiator === 'act' && !allowed) {
    const path = ['flow', 'nodes', position, 'config', 'initiator'];
    ctx.atNode(position, 'approval.self-approval-not-allowed', {}, { path });
  }
}
