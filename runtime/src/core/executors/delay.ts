import {
  DEFAULT_BUSINESS_CALENDAR,
  DelayConfig,
  isCalendarDate,
  zonedInstant,
  type FormValues,
} from '@baton/schemas';
import { dueAfter, schedule } from '../deadlines.ts';
import { nodeConfig } from '../graph.ts';
import { emit, type Work } from '../work.ts';
import { firstEdge, passOn } from './pass-through.ts';
import type { NodeExecutor } from './types.ts';

type Wait = DelayConfig['wait'];

/** A date-time with its offset (`2026-10-01T09:00:00+08:00`), as a form may hold one. */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * The moment the form value of `field` names, or `undefined` when it names none (missing,
 * empty, or neither a date nor a date-time): a date is `atTime` that day in the calendar's
 * time zone, a date-time with an offset is taken as it is.
 */
function momentOfField(
  work: Work,
  values: FormValues,
  wait: Extract<Wait, { kind: 'untilField' }>,
) {
  const value = Object.hasOwn(values, wait.field) ? values[wait.field] : undefined;
  if (typeof value !== 'string') return undefined;
  if (isCalendarDate(value)) {
    const { timeZone } = work.ctx.calendar ?? DEFAULT_BUSINESS_CALENDAR;

    return zonedInstant(value, wait.atTime, timeZone);
  }
  const instant = DATE_TIME.test(value) ? Date.parse(value) : Number.NaN;

  return Number.isNaN(instant) ? undefined : new Date(instant).toISOString();
}

function momentOf(work: Work, wait: Wait): string | undefined {
  if (wait.kind === 'duration') return dueAfter(work, wait.minutes, wait.time);

  return momentOfField(work, work.state.values, wait);
}

/**
 * Delay: the request waits here until a moment, then moves on along the node's edge. The
 * moment is `minutes` after arrival (calendar or working time) or the date in a form field
 * (see `DelayConfig`). Waiting parks the token with `until`, records `delay.started` {nodeId,
 * tokenId, until} and asks for a `delay` timer at that moment (which records `delay.ended`
 * and moves the token on; see commands/timer.ts). A moment not after now, or a field that
 * names none, moves on at once with `delay.skipped` {nodeId, tokenId, reason: past | empty}.
 * Nobody acts here, so a look-ahead passes straight through.
 */
export const delayExecutor: NodeExecutor = {
  type: 'delay',
  arrive(work, token, node) {
    const { wait } = nodeConfig(node, DelayConfig);
    const until = momentOf(work, wait);
    const where = { nodeId: node.id, tokenId: token.id };
    if (until === undefined || Date.parse(until) <= Date.parse(work.at)) {
      emit(work, 'delay.skipped', { ...where, reason: until === undefined ? 'empty' : 'past' });

      return passOn(work, token, node);
    }
    work.state.tokens.push(Object.assign({}, token, { until }));
    emit(work, 'delay.started', { ...where, until });
    schedule(work, until, { kind: 'delay', ...where });

    return [];
  },
  lookAhead: firstEdge,
};
