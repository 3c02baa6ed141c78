import {
  ApprovalConfig,
  DEFAULT_BUSINESS_CALENDAR,
  addMinutes,
  addWorkingMinutes,
  type BusinessCalendar,
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

const WEEKS_SCANNED = 52 * 90;

/** Working minutes in a week without holidays: the calendar's periods times its workdays. */
function weeklyMinutes(calendar: BusinessCalendar): number {
  const clock = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
  const daily = calendar.hours.reduce(
    (sum, period) => sum + Math.max(0, clock(period.end) - clock(period.start)),
    0,
  );

  return daily * new Set(calendar.workdays).size;
}

/**
 * `minutes` after `from` (the decision's time by default), counted as `time` says: every
 * minute, or working minutes of `ctx.calendar` (default: `DEFAULT_BUSINESS_CALENDAR`).
 * A calendar with too little working time to hold `minutes` within about ninety years (an
 * admin's odd calendar, a ten-year deadline) counts calendar minutes instead: a deadline that
 * far away means "never" either way, and the request must not fail because of it.
 */
export function dueAfter(
  work: Work,
  minutes: number,
  time: 'calendar' | 'working',
  from: string = work.at,
): string {
  if (time === 'calendar') return addMinutes(from, minutes);

  const calendar = work.ctx.calendar ?? DEFAULT_BUSINESS_CALENDAR;
  if (minutes > weeklyMinutes(calendar) * WEEKS_SCANNED) return addMinutes(from, minutes);
  try {
    return addWorkingMinutes(from, minutes, calendar);
  } catch {
    // Holidays left less working time than the week's hours promise: same fallback as above.
    return addMinutes(from, minutes);
  }
}

/** Asks the caller to wake the request at `dueAt` with `timer` (stored as a job). */
export function schedule(work: Work, dueAt: string, timer: Timer): void {
  work.effects.push({ type: 'timer', instanceId: work.state.id, dueAt, timer });
}
