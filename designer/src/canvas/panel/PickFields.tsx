import { Form, Radio, Typography } from 'antd';
import { Choices } from './choices.tsx';
import { buildRange, rangeParts, type RangeParts } from './draft-rules.ts';
import { useKeyedOptions, usePeopleOptions, type FieldsProps } from './RuleFields.tsx';
import { useRulesT } from './rules-i18n.ts';

/**
 * Someone picks the approvers (the initiator at submission, or the previous approver): one or
 * several, from users, roles, positions and groups (none chosen: anyone active).
 */
export function PickFields({ id, rule, org, label, onEdit }: FieldsProps) {
  const t = useRulesT();
  const keyed = useKeyedOptions();
  const people = usePeopleOptions(org);
  const parts = rangeParts(rule.range ?? []);
  const setParts = (patch: Partial<RangeParts>) =>
    onEdit({ ...rule, range: buildRange({ ...parts, ...patch }) });

  return (
    <>
      <Form.Item label={label(t('pickCount'))}>
        <Radio.Group
          aria-label={label(t('pickCount'))}
          value={rule.multiple === true ? 'multiple' : 'single'}
          onChange={(event) => onEdit({ ...rule, multiple: event.target.value === 'multiple' })}
          options={(['single', 'multiple'] as const).map((value) => ({
            value,
            label: t(`pickCounts.${value}`),
          }))}
        />
      </Form.Item>
      <Choices
        id={`${id}-range-users`}
        label={label(t('rangeUsers'))}
        value={parts.userIds}
        options={people(parts.userIds)}
        onChange={(userIds) => setParts({ userIds })}
      />
      <Choices
        id={`${id}-range-roles`}
        label={label(t('rangeRoles'))}
        value={parts.roles}
        options={keyed(org.roles)}
        onChange={(roles) => setParts({ roles })}
      />
      <Choices
        id={`${id}-range-positions`}
        label={label(t('rangePositions'))}
        value={parts.positions}
        options={keyed(org.positions)}
        onChange={(positions) => setParts({ positions })}
      />
      <Choices
        id={`${id}-range-groups`}
        label={label(t('rangeGroups'))}
        value={parts.groups}
        options={keyed(org.groups)}
        onChange={(groups) => setParts({ groups })}
      />
      <Typography.Paragraph type="secondary">{t('rangeHelp')}</Typography.Paragraph>
    </>
  );
}
