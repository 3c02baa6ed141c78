import {
  ApprovalConfig,
  DEFAULT_BUSINESS_CALENDAR,
  addMinutes,
  addWorkingMinutes,
  type StepDeadline,
} from '@baton/schemas';
import { kindOf, nodeConfig } from './graph.ts';
import type { Timer } from './types.ts';
import type { Work } from './work.ts';

/** The deadline of the step a task of `nodeId` belongs to, when its node sets one. */
export function deadlineOf(work: Work, nodeId: string): StepDeadline | undefined {
  const node = work.graph.node(nodeId);
  if (!kindOf(node).capabilities.needsAssignees) return undefined;

  return nodeConfig(node, ApprovalConfig).deadline;
}

/**
 * `minutes` after `from` (the decision's time by default), counted as `time` says: every
 * minute, or working minutes of `ctx.calendar` (default: `DEFAULT_BUSINESS_CALENDAR`).
 */
export function dueAfter(
  work: Work,
  minutes: number,
  time: 'calendar' | 'working',
  from: string = work.at,
): string {
  if (time === 'calendar') return addMinutes(from, minutes);

  return addWorkingMinutes(from, minutes, work.ctx.calendar ?? DEFAULT_BUSINESS_CALENDAR);
}

/** Asks the caller to wake the request at `dueAt` with `timer` (stored as a job). */
export function schedule(work: Work, dueAt: string, timer: Timer): void {
  work.effects.push({ type: 'timer', instanceId: work.state.id, dueAt, timer });
}
