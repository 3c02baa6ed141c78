import { Empty, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { InstanceView } from '../../api/types.ts';
import { useOrgNames } from '../../forms/org/use-org-names.ts';
import { useFormatDateTime, useFormatList, useText } from '../../i18n/index.ts';
import './i18n.ts';
import { timelineLines } from './timeline-entries.ts';

/** Who did what, when, with their comments and why each person got a task; open steps last. */
export function RequestTimeline({ request }: { readonly request: InstanceView }) {
  const { t } = useTranslation('workspace');
  const text = useText();
  const formatList = useFormatList();
  const formatTime = useFormatDateTime();
  // Copied people and delegates are named by the org when the request itself does not name them.
  const { userName } = useOrgNames();
  const lines = timelineLines({ request, t, text, formatList, userName, formatTime });
  if (lines.length === 0) return <Empty description={t('request.timelineEmpty')} />;

  return (
    <Timeline
      className="baton-timeline"
      items={lines.map((line) => ({
        key: line.key,
        color: line.tone,
        loading: line.pending === true,
        content: (
          <div data-testid="timeline-entry">
            <Typography.Text strong={!line.pending}>{line.text}</Typography.Text>
            {line.comment && (
              <span className="baton-timeline-comment">
                {t('timeline.comment', { comment: line.comment })}
              </span>
            )}
            {line.details?.map((detail) => (
              <Typography.Text key={detail} type="secondary" className="baton-timeline-detail">
                {detail}
              </Typography.Text>
            ))}
            {line.at && (
              <Typography.Text type="secondary" className="baton-timeline-time">
                <time dateTime={line.at}>{formatTime(line.at)}</time>
              </Typography.Text>
            )}
          </div>
        ),
      }))}
    />
  );
}
