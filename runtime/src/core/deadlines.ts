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

/**
 * Working time is counted day by day (time zones, holidays), so it is counted only for
 * deadlines that fit in about a year of working weeks: a longer one would hold the server for
 * a noticeable time for a deadline that means "never" in practice.
 */
const WEEKS_SCANNED = 53;

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
 * A deadline longer than about a year of the calendar's working weeks (a ten-year deadline,
 * an admin's calendar with an hour of work a week) counts calendar minutes instead: that far
 * away it means "never" either way, and neither the request nor the server may stall on it.
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
