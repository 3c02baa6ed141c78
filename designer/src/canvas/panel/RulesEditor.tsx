import { Button, Form, InputNumber, Select, Space } from 'antd';
import { useState } from 'react';
import type { ApproverRule } from '@baton/schemas';
import { useFlowsT } from '../../flows/i18n.ts';
import { useLocale } from '../../i18n/index.ts';
import type { OrgInfo } from '../approver-summary.ts';
import { ruleKinds, startRule, type DraftRule, type RuleKind } from './draft-rules.ts';

type Labels = { kind: string; role: string; users: string; add: string };

type RowProps = {
  readonly idPrefix: string;
  readonly index: number;
  readonly rule: DraftRule;
  readonly org: OrgInfo;
  readonly labels: Labels;
  readonly onChange: (rule: ApproverRule) => void;
  readonly onRemove?: () => void;
};

/** "审批人角色" for the first rule, "审批人角色 2" for the second, … */
function numbered(label: string, index: number): string {
  return index === 0 ? label : `${label} ${index + 1}`;
}

function RuleRow({ idPrefix, index, rule, org, labels, onChange, onRemove }: RowProps) {
  const t = useFlowsT();
  const locale = useLocale();
  const [draftKind, setDraftKind] = useState<RuleKind>();
  const kind = draftKind ?? rule.kind ?? 'role';
  const id = `${idPrefix}-${index}`;
  const pickKind = (next: RuleKind) => {
    const started = startRule(next);
    setDraftKind(started ? undefined : next);
    if (started) onChange(started);
  };
  const commit = (next: ApproverRule) => {
    setDraftKind(undefined);
    onChange(next);
  };

  return (
    <div className="baton-rule">
      <Form.Item label={numbered(labels.kind, index)} htmlFor={`${id}-kind`}>
        <Select<RuleKind>
          id={`${id}-kind`}
          value={kind}
          onChange={pickKind}
          options={ruleKinds.map((value) => ({ value, label: t(`panel.ruleKinds.${value}`) }))}
        />
      </Form.Item>
      {kind === 'role' && (
        <Form.Item label={numbered(labels.role, index)} htmlFor={`${id}-role`}>
          <Select<string>
            id={`${id}-role`}
            value={rule.kind === 'role' && rule.role ? rule.role : null}
            placeholder={t('panel.selectPlaceholder')}
            showSearch={{ optionFilterProp: 'label' }}
            onChange={(role) => commit({ kind: 'role', role })}
            options={org.roles.map((role) => ({ value: role.key, label: role.name[locale] }))}
          />
        </Form.Item>
      )}
      {kind === 'user' && (
        <Form.Item label={numbered(labels.users, index)} htmlFor={`${id}-users`}>
          <Select<string[]>
            id={`${id}-users`}
            mode="multiple"
            value={rule.kind === 'user' ? [...(rule.userIds ?? [])] : []}
            placeholder={t('panel.selectPlaceholder')}
            showSearch={{ optionFilterProp: 'label' }}
            onChange={(userIds) => userIds.length > 0 && commit({ kind: 'user', userIds })}
            options={org.users.map((user) => ({ value: user.id, label: user.name }))}
          />
        </Form.Item>
      )}
      {kind === 'supervisor' && (
        <Form.Item label={numbered(t('panel.level'), index)} htmlFor={`${id}-level`}>
          <InputNumber
            id={`${id}-level`}
            min={1}
            max={15}
            precision={0}
            value={rule.level ?? 1}
            onChange={(level) => level !== null && commit({ kind: 'supervisor', level })}
          />
        </Form.Item>
      )}
      {onRemove && (
        <Button size="small" danger onClick={onRemove}>
          {t('panel.removeRule', { index: index + 1 })}
        </Button>
      )}
    </div>
  );
}

/**
 * Edits a list of approver (or recipient) rules. An empty list shows one rule to fill in, as a
 * role by default; a new rule is written to the flow only once it is complete.
 */
export function RulesEditor(props: {
  readonly idPrefix: string;
  readonly rules: readonly DraftRule[];
  readonly org: OrgInfo;
  readonly labels: Labels;
  readonly onCommit: (rules: DraftRule[]) => void;
}) {
  const { rules, onCommit } = props;
  const [pending, setPending] = useState(0);
  const blanks = Math.max(pending, rules.length === 0 ? 1 : 0);
  const rows: DraftRule[] = [...rules, ...Array.from({ length: blanks }, () => ({}))];
  const change = (index: number, rule: ApproverRule) => {
    if (index >= rules.length) setPending((count) => Math.max(0, count - 1));
    onCommit([...rules.slice(0, index), rule, ...rules.slice(index + 1)]);
  };
  const remove = (index: number) => {
    if (index >= rules.length) setPending((count) => Math.max(0, count - 1));
    else onCommit(rules.filter((_, position) => position !== index));
  };

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {rows.map((rule, index) => (
        <RuleRow
          key={`${index}-${rule.kind ?? 'new'}`}
          idPrefix={props.idPrefix}
          index={index}
          rule={rule}
          org={props.org}
          labels={props.labels}
          onChange={(next) => change(index, next)}
          {...(rows.length > 1 ? { onRemove: () => remove(index) } : {})}
        />
      ))}
      {rules.length > 0 && (
        <Button size="small" onClick={() => setPending((count) => count + 1)}>
          {props.labels.add}
        </Button>
      )}
    </Space>
  );
}
