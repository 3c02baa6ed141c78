import { Button, Typography } from 'antd';
import { useLocale } from '../../i18n/index.ts';
import type { OrgInfo } from '../approver-summary.ts';
import { conditionNames } from './condition-names.ts';
import { useRulesT } from './rules-i18n.ts';

/**
 * Under a condition: the initiator facts it may ask about and the org's values for each
 * (department ids, role and position keys with their names); a click adds one to the condition.
 */
export function ConditionNames(props: {
  readonly id: string;
  readonly org: OrgInfo;
  readonly onInsert: (snippet: string) => void;
}) {
  const t = useRulesT();
  const locale = useLocale();
  const groups = conditionNames(props.org, locale).filter((group) => group.items.length > 0);
  if (groups.length === 0) return null;

  return (
    <details className="baton-condition-names" id={props.id}>
      <summary>{t('names.title')}</summary>
      <Typography.Text type="secondary">{t('names.hint')}</Typography.Text>
      {groups.map((group) => (
        <div key={group.name} className="baton-condition-names__group">
          <Typography.Text code>{group.name}</Typography.Text>{' '}
          <Typography.Text type="secondary">{t(`names.groups.${group.name}`)}</Typography.Text>
          <ul>
            {group.items.map((item) => (
              <li key={item.snippet}>
                <Button
                  type="link"
                  size="small"
                  title={t('names.insert', { snippet: item.snippet })}
                  onClick={() => props.onInsert(item.snippet)}
                >
                  <code>{item.snippet}</code>
                </Button>
                <Typography.Text type="secondary">{item.label}</Typography.Text>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </details>
  );
}
