import type { TFunction } from 'i18next';
import { DelayConfig, type StepDeadline } from '@baton/schemas';
import { splitMinutes, timeoutChoiceOf } from './deadline-settings.ts';

/** The length of a working day in the default business calendar (09:00–12:00, 13:00–18:00). */
export const DEFAULT_WORKDAY_MINUTES = 480;

export type DurationOptions = {
  readonly time: StepDeadline['time'];
  /** Minutes of work in one working day of the business calendar, to speak of working days. */
  readonly workdayMinutes?: number;
};

function plainDuration(minutes: number, t: TFunction): string {
  if (minutes % 1440 === 0) return t('duration.days', { count: minutes / 1440 });
  if (minutes % 60 === 0) return t('duration.hours', { count: minutes / 60 });
  if (minutes < 60) return t('duration.minutes', { count: minutes });

  return t('duration.hoursMinutes', splitMinutes(minutes));
}

/**
 * A duration in a few words: "2 days", "4 h", "1 h 30 min"; in working time "2 working days"
 * (whole working days of the calendar), "3 working hours", or "90 min of working time".
 */
export function describeDuration(minutes: number, options: DurationOptions, t: TFunction) {
  if (options.time === 'calendar') return plainDuration(minutes, t);
  const workday = options.workdayMinutes ?? DEFAULT_WORKDAY_MINUTES;
  if (workday > 0 && minutes % workday === 0)
    return t('duration.workingDays', { count: minutes / workday });
  if (minutes % 60 === 0) return t('duration.workingHours', { count: minutes / 60 });

  return t('duration.working', { duration: plainDuration(minutes, t) });
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * A step's deadline in one sentence, e.g. "Reminds every 4 h, 3 times; after 2 working days
 * escalates to the supervisor" / "每 4 小时提醒一次，最多 3 次；2 个工作日后转交给审批人的直属上级".
 * `nameOf` names the person a timeout escalates to. Undefined without a deadline.
 */
export function describeDeadline(
  deadline: StepDeadline | undefined,
  context: {
    readonly t: TFunction;
    readonly nameOf: (userId: string) => string;
    readonly workdayMinutes?: number;
  },
): string | undefined {
  if (!deadline) return undefined;
  const { t } = context;
  const options = {
    time: deadline.time,
    workdayMinutes: context.workdayMinutes ?? DEFAULT_WORKDAY_MINUTES,
  };
  const parts: string[] = [];
  if (deadline.remind) {
    const every = describeDuration(deadline.remind.everyMinutes, options, t);
    parts.push(t('words.remind', { every, count: deadline.remind.times }));
  }
  if (deadline.timeout) {
    const after = describeDuration(deadline.timeout.afterMinutes, options, t);
    const choice = timeoutChoiceOf(deadline.timeout);
    const { userId } = deadline.timeout;
    if (choice !== 'user') parts.push(t(`words.timeout.${choice}`, { after }));
    else if (userId === undefined) parts.push(t('words.timeout.userMissing', { after }));
    else parts.push(t('words.timeout.user', { after, name: context.nameOf(userId) }));
  }

  return parts.length === 0 ? undefined : capitalized(parts.join(t('words.join')));
}

/**
 * What a delay node waits for, as its card shows it: "Wait 2 h", "Until 出差开始日期 09:00"
 * (`fieldName` names the form field), or that it is not set while the config does not parse.
 */
export function describeDelay(
  config: Readonly<Record<string, unknown>>,
  context: {
    readonly t: TFunction;
    readonly fieldName: (key: string) => string;
    readonly workdayMinutes?: number;
  },
): string {
  const { t } = context;
  const parsed = DelayConfig.safeParse(config);
  if (!parsed.success) return t('delay.summary.unset');
  const { wait } = parsed.data;
  if (wait.kind === 'untilField')
    return t('delay.summary.untilField', {
      field: context.fieldName(wait.field),
      time: wait.atTime,
    });
  const options = {
    time: wait.time,
    ...(context.workdayMinutes !== undefined && { workdayMinutes: context.workdayMinutes }),
  };

  return t('delay.summary.duration', { duration: describeDuration(wait.minutes, options, t) });
}
