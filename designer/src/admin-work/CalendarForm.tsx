import { useMutation } from '@tanstack/react-query';
import { Alert, App, Button, Checkbox, Form, Input, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { checkBusinessCalendar, type BusinessCalendar, type ValidationIssue } from '@baton/schemas';
import { useTRPC } from '../api/trpc.ts';
import { useApiProblem } from '../api/use-api-problem.ts';
import { useLocale } from '../i18n/index.ts';
import {
  fromDraft,
  issuesBySection,
  parseDateList,
  toDraft,
  WEEKDAYS,
  workdayMinutes,
  type CalendarDraft,
} from './calendar-draft.ts';
import { calendarIssueText } from './calendar-issues.ts';
import { helpText } from './help-text.tsx';
import { HoursPeriods } from './HoursPeriods.tsx';
import { useAdminWorkT } from './i18n.ts';

function help(
  issues: readonly ValidationIssue[] | undefined,
  text: (i: ValidationIssue) => string,
) {
  if (!issues || issues.length === 0) return {};

  return { validateStatus: 'error' as const, help: helpText(issues.map(text)) };
}

/**
 * The business calendar as a form: time zone, workdays, working periods, holidays and make-up
 * days as date lists. `checkBusinessCalendar` runs on every change, so issues show at their
 * fields before saving; the server's issues (the same check) show the same way.
 */
export function CalendarForm(props: {
  readonly initial: BusinessCalendar;
  readonly onSaved: (calendar: BusinessCalendar) => void;
}) {
  const t = useAdminWorkT();
  const trpc = useTRPC();
  const locale = useLocale();
  const { message } = App.useApp();
  const toProblem = useApiProblem();
  const [draft, setDraft] = useState<CalendarDraft>(() => toDraft(props.initial));
  const [serverIssues, setServerIssues] = useState<readonly ValidationIssue[]>([]);
  const replace = useMutation(trpc.settings.replaceCalendar.mutationOptions());
  const calendar = useMemo(() => fromDraft(draft), [draft]);
  const local = useMemo(() => checkBusinessCalendar(calendar, { locale }), [calendar, locale]);
  const issueText = (issue: ValidationIssue) => calendarIssueText(issue, calendar, t);
  const sections = issuesBySection([...local, ...serverIssues]);
  const set = (patch: Partial<CalendarDraft>) => {
    setDraft((current) => ({ ...current, ...patch }));
    setServerIssues([]);
  };
  const badDates = (text: string) => {
    const { bad } = parseDateList(text);

    return bad.length === 0 ? [] : [t('calendar.badDates', { dates: bad.join(', ') })];
  };
  const dateHelp = (text: string, issues: readonly ValidationIssue[] | undefined) => {
    const problems = [...badDates(text), ...(issues ?? []).map(issueText)];

    return problems.length === 0
      ? { extra: t('calendar.datesHelp') }
      : { validateStatus: 'error' as const, help: helpText(problems) };
  };
  const save = async () => {
    try {
      const saved = await replace.mutateAsync({ calendar });
      void message.success(t('calendar.saved'));
      props.onSaved(saved);
    } catch (error) {
      const problem = toProblem(error);
      setServerIssues(problem.issues);
      void message.error(problem.issues.length > 0 ? t('calendar.refused') : problem.message);
    }
  };
  const blocked =
    local.some((issue) => issue.severity === 'error') ||
    badDates(draft.holidays).length + badDates(draft.workingDays).length > 0;

  return (
    <Form layout="vertical" component="div" style={{ maxWidth: 720 }}>
      <Form.Item
        label={t('calendar.timeZone')}
        htmlFor="calendar-time-zone"
        {...help(sections.timeZone, issueText)}
      >
        <Input
          id="calendar-time-zone"
          value={draft.timeZone}
          placeholder="Asia/Shanghai"
          onChange={(event) => set({ timeZone: event.target.value })}
        />
      </Form.Item>
      <Form.Item label={t('calendar.workdays')} {...help(sections.workdays, issueText)}>
        <Checkbox.Group
          aria-label={t('calendar.workdays')}
          value={[...draft.workdays]}
          onChange={(days) => set({ workdays: days.map(Number) })}
          options={WEEKDAYS.map((day) => ({ value: day, label: t(`calendar.weekdays.${day}`) }))}
        />
      </Form.Item>
      <HoursPeriods
        hours={draft.hours}
        issues={sections.hours ?? []}
        issueText={issueText}
        onChange={(hours) => set({ hours })}
      />
      <Typography.Paragraph type="secondary">
        {t('calendar.workdayLength', { hours: workdayMinutes(calendar) / 60 })}
      </Typography.Paragraph>
      <Form.Item
        label={t('calendar.holidays')}
        htmlFor="calendar-holidays"
        {...dateHelp(draft.holidays, sections.holidays)}
      >
        <Input.TextArea
          id="calendar-holidays"
          autoSize={{ minRows: 2, maxRows: 8 }}
          value={draft.holidays}
          onChange={(event) => set({ holidays: event.target.value })}
        />
      </Form.Item>
      <Form.Item
        label={t('calendar.workingDays')}
        htmlFor="calendar-working-days"
        {...dateHelp(draft.workingDays, sections.workingDays)}
      >
        <Input.TextArea
          id="calendar-working-days"
          autoSize={{ minRows: 2, maxRows: 8 }}
          value={draft.workingDays}
          onChange={(event) => set({ workingDays: event.target.value })}
        />
      </Form.Item>
      <Space>
        <Button
          type="primary"
          loading={replace.isPending}
          disabled={blocked}
          onClick={() => void save()}
        >
          {t('calendar.save')}
        </Button>
      </Space>
      {serverIssues.length > 0 && (
        <Alert type="error" showIcon role="alert" title={t('calendar.refused')} />
      )}
    </Form>
  );
}
