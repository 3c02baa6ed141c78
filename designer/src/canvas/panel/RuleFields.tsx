import { Form, InputNumber, Typography } from 'antd';
import type { FormDefinition } from '@baton/schemas';
import { useMarkDisabled } from '../../forms/org/use-org-names.ts';
import { userOptions } from '../../forms/org/user-options.ts';
import { useLocale } from '../../i18n/index.ts';
import type { OrgInfo } from '../approver-summary.ts';
import { ChainFields } from './ChainFields.tsx';
import { Choice, Choices, type Option } from './choices.tsx';
import { ConditionalFields } from './ConditionalFields.tsx';
import { DepartmentHeadFields } from './DepartmentHeadFields.tsx';
import type { DraftRule } from './draft-rules.ts';
import type { RulePath } from './rule-drafts.ts';
import { fieldChoices, PEOPLE_FIELD_TYPES } from './field-choices.ts';
import { PickFields } from './PickFields.tsx';
import type { RuleLabels } from './RulesEditor.tsx';
import { useRulesT } from './rules-i18n.ts';

/** What every kind's settings receive. */
export type FieldsProps = {
  readonly id: string;
  /** The node the rule belongs to, and the rule's place in its config. */
  readonly nodeId: string;
  readonly path: RulePath;
  readonly rule: DraftRule;
  readonly org: OrgInfo;
  readonly form: FormDefinition;
  readonly labels: RuleLabels;
  /** The label with the row's number and prefix: "审批人角色 2". */
  readonly label: (text: string) => string;
  readonly onEdit: (rule: DraftRule) => void;
};

/** Roles, positions or groups as options, named in the UI language. */
export function useKeyedOptions() {
  const locale = useLocale();

  return (list: OrgInfo['roles']): Option[] =>
    list.map((item) => ({ value: item.key, label: item.name[locale] }));
}

/**
 * Options for a person picker from the org: enabled users plus any already chosen (so a
 * disabled one still shows, marked), searchable by name and username.
 */
export function usePeopleOptions(org: OrgInfo): (chosen?: readonly string[]) => Option[] {
  const markDisabled = useMarkDisabled();
  const departmentName = (id: string) => org.departments.find((item) => item.id === id)?.name;

  return (chosen = []) => userOptions(org.users, chosen, { departmentName, markDisabled });
}

/** The settings of one rule, chosen by its kind. */
export function RuleFields(props: FieldsProps) {
  const { id, rule, org, labels, label, onEdit } = props;
  const t = useRulesT();
  const locale = useLocale();
  const keyed = useKeyedOptions();
  const people = usePeopleOptions(org);
  switch (rule.kind) {
    case 'user':
      return (
        <Choices
          id={`${id}-users`}
          label={label(labels.users)}
          value={rule.userIds ?? []}
          options={people(rule.userIds)}
          onChange={(userIds) => onEdit({ ...rule, userIds })}
        />
      );
    case 'role':
      return (
        <Choice
          id={`${id}-role`}
          label={label(labels.role)}
          value={rule.role}
          options={keyed(org.roles)}
          onChange={(role) => onEdit({ ...rule, role })}
        />
      );
    case 'position':
      return (
        <Choice
          id={`${id}-position`}
          label={label(t('position'))}
          value={rule.position}
          options={keyed(org.positions)}
          onChange={(position) => onEdit({ ...rule, position })}
        />
      );
    case 'group':
      return (
        <Choice
          id={`${id}-group`}
          label={label(t('group'))}
          value={rule.group}
          options={keyed(org.groups)}
          onChange={(group) => onEdit({ ...rule, group })}
        />
      );
    case 'supervisor':
      return (
        <Form.Item label={label(t('level'))} htmlFor={`${id}-level`}>
          <InputNumber
            id={`${id}-level`}
            min={1}
            max={15}
            precision={0}
            value={rule.level ?? 1}
            onChange={(level) => level !== null && onEdit({ ...rule, level })}
          />
        </Form.Item>
      );
    case 'formField': {
      const options = fieldChoices(props.form, PEOPLE_FIELD_TYPES, locale);
      if (options.length === 0)
        return <Typography.Paragraph type="secondary">{t('noFields')}</Typography.Paragraph>;

      return (
        <Choice
          id={`${id}-field`}
          label={label(t('formField'))}
          value={rule.field}
          options={options}
          onChange={(field) => onEdit({ ...rule, field })}
        />
      );
    }
    case 'departmentHead':
      return <DepartmentHeadFields {...props} />;
    case 'supervisorChain':
      return <ChainFields {...props} />;
    case 'initiatorPicks':
    case 'approverPicks':
      return <PickFields {...props} />;
    case 'conditional':
      return <ConditionalFields {...props} />;
    default:
      return null;
  }
}
