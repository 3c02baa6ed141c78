import type { ApprovalConfig } from '@baton/schemas';
import type { DecisionSettings } from './approval-words.ts';

export const modes = ['any', 'all', 'sequential', 'percentage'] as const;
export const rejectTargets = ['initiator', 'end'] as const;
export const rejectWhens = ['first', 'threshold'] as const;
export const nobodyPolicies = ['admin', 'user', 'autoApprove', 'autoReject', 'refuse'] as const;
export const initiatorPolicies = ['skip', 'autoApprove', 'supervisor', 'act'] as const;

/** An approval node's settings besides its rules, with the defaults filled in. */
export type ApprovalSettingsValue = DecisionSettings & {
  readonly commentRequired: boolean;
  readonly ifNobody: ApprovalConfig['ifNobody'];
  readonly fallbackUserId: string | undefined;
  readonly initiator: ApprovalConfig['initiator'];
};

/** A config patch for `updateNodeConfig`: `undefined` removes a key (its default applies). */
export type ConfigPatch = Record<string, unknown>;

/** The share used when a percentage is first switched on. */
export const DEFAULT_PERCENT = 50;

function oneOf<T extends string>(values: readonly T[], value: unknown, fallback: T): T {
  return values.find((candidate) => candidate === value) ?? fallback;
}

function percentOf(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 100
    ? value
    : undefined;
}

/**
 * A typed share as the whole percent the config holds: rounded to a whole number and kept
 * within 1–100 (`33.5` → 34, `0` → 1, `101` → 100); `undefined` for no number at all.
 */
export function wholePercent(value: number | string | null | undefined): number | undefined {
  const number = typeof value === 'string' ? Number(value.trim()) : value;
  if (number === null || number === undefined || !Number.isFinite(number)) return undefined;
  if (typeof value === 'string' && value.trim() === '') return undefined;

  return Math.min(100, Math.max(1, Math.round(number)));
}

/** The settings of a config read leniently: unknown or malformed values take their defaults. */
export function readApprovalSettings(config: Readonly<Record<string, unknown>>) {
  const veto = config['vetoUserIds'];
  const fallback = config['fallbackUserId'];

  return {
    mode: oneOf(modes, config['mode'], 'any'),
    percent: percentOf(config['percent']),
    rejectTo: oneOf(rejectTargets, config['rejectTo'], 'initiator'),
    rejectWhen: oneOf(rejectWhens, config['rejectWhen'], 'first'),
    rejectPercent: percentOf(config['rejectPercent']),
    vetoUserIds: Array.isArray(veto)
      ? veto.filter((id): id is string => typeof id === 'string')
      : [],
    commentRequired: config['commentRequired'] === true,
    ifNobody: oneOf(nobodyPolicies, config['ifNobody'], 'admin'),
    fallbackUserId: typeof fallback === 'string' && fallback !== '' ? fallback : undefined,
    initiator: oneOf(initiatorPolicies, config['initiator'], 'skip'),
  } satisfies ApprovalSettingsValue;
}

/**
 * Switching the mode: percentage starts at 50% unless a share is set; leaving percentage drops
 * the share and a reject threshold (which only percentage mode has).
 */
export function modePatch(
  mode: ApprovalSettingsValue['mode'],
  current: ApprovalSettingsValue,
): ConfigPatch {
  if (mode === 'percentage') return { mode, percent: current.percent ?? DEFAULT_PERCENT };

  return { mode, percent: undefined, rejectWhen: undefined, rejectPercent: undefined };
}

/** Switching when a step counts as rejected: a threshold starts at 50% unless one is set. */
export function rejectWhenPatch(
  rejectWhen: ApprovalSettingsValue['rejectWhen'],
  current: ApprovalSettingsValue,
): ConfigPatch {
  if (rejectWhen === 'first') return { rejectWhen: undefined, rejectPercent: undefined };

  return { rejectWhen, rejectPercent: current.rejectPercent ?? DEFAULT_PERCENT };
}

/** Switching what happens when nobody resolves: only "a named user" keeps the fallback user. */
export function ifNobodyPatch(ifNobody: ApprovalSettingsValue['ifNobody']): ConfigPatch {
  return ifNobody === 'user' ? { ifNobody } : { ifNobody, fallbackUserId: undefined };
}
