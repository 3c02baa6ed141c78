import { Button, Form, Input, Space } from 'antd';
import type { ValidationIssue } from '@baton/schemas';
import type { CalendarDraft } from './calendar-draft.ts';
import { helpText } from './help-text.tsx';
import { useAdminWorkT } from './i18n.ts';

type Period = CalendarDraft['hours'][number];

/** The working periods of a day as start/end rows; each row's issues show under it. */
export function HoursPeriods(props: {
  readonly hours: readonly Period[];
  readonly issues: readonly ValidationIssue[];
  readonly issueText: (issue: ValidationIssue) => string;
  readonly onChange: (hours: Period[]) => void;
}) {
  const { hours, issues, issueText, onChange } = props;
  const t = useAdminWorkT();
  const set = (index: number, patch: Partial<Period>) =>
    onChange(hours.map((period, at) => (at === index ? { ...period, ...patch } : period)));
  const general = issues.filter((issue) => typeof issue.path[1] !== 'number');

  return (
    <fieldset className="baton-panel__group">
      <legend>{t('calendar.hours')}</legend>
      {hours.map((period, index) => {
        const own = issues.filter((issue) => issue.path[1] === index);
        const status = own.length > 0 ? 'error' : '';
        const n = index + 1;

        return (
          <Form.Item
            key={index}
            validateStatus={status}
            help={own.length > 0 ? helpText(own.map(issueText)) : undefined}
          >
            <Space wrap>
              <Input
                aria-label={t('calendar.start', { index: n })}
                value={period.start}
                placeholder="09:00"
                style={{ width: 100 }}
                onChange={(event) => set(index, { start: event.target.value })}
              />
              <span aria-hidden="true">–</span>
              <Input
                aria-label={t('calendar.end', { index: n })}
                value={period.end}
                placeholder="18:00"
                style={{ width: 100 }}
                onChange={(event) => set(index, { end: event.target.value })}
              />
              <Button
                size="small"
                danger
                onClick={() => onChange(hours.filter((_, at) => at !== index))}
              >
                {t('calendar.removePeriod', { index: n })}
              </Button>
            </Space>
          </Form.Item>
        );
      })}
      {general.length > 0 && (
        <Form.Item validateStatus="error" help={helpText(general.map(issueText))} />
      )}
      <Button size="small" onClick={() => onChange([...hours, { start: '09:00', end: '18:00' }])}>
        {t('calendar.addPeriod')}
      </Button>
    </fieldset>
  );
}
