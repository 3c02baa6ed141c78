import { Button, Form } from 'antd';
import { useEffect, useState } from 'react';
import { checkApproverCondition, type FormDefinition } from '@baton/schemas';
import { useLocale } from '../../i18n/index.ts';
import type { OrgInfo } from '../approver-summary.ts';
import { CommitInput } from './CommitInput.tsx';
import { ConditionNames } from './ConditionNames.tsx';
import { appendCondition } from './condition-names.ts';
import { simpleRuleKinds, type DraftCase, type DraftRule } from './draft-rules.ts';
import type { FieldsProps } from './RuleFields.tsx';
import { RulesEditor } from './RulesEditor.tsx';
import { useRulesT } from './rules-i18n.ts';

/**
 * A case's `when`, checked live against the form and the initiator's facts as it is typed,
 * with the names of the org's departments, roles and positions to insert under it.
 */
function ConditionInput(props: {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly form: FormDefinition;
  readonly org: OrgInfo;
  readonly onCommit: (when: string) => void;
}) {
  const t = useRulesT();
  const locale = useLocale();
  const [draft, setDraft] = useState(props.value);
  useEffect(() => setDraft(props.value), [props.value]);
  const check = draft.trim() === '' ? undefined : checkApproverCondition(draft, props.form, locale);
  const problem = check && !check.ok ? check.issues.map((issue) => issue.message).join('; ') : '';
  const helpId = `${props.id}-help`;

  return (
    <Form.Item
      label={props.label}
      htmlFor={props.id}
      validateStatus={problem ? 'error' : check ? 'success' : ''}
      help={
        <span id={helpId} role={problem ? 'alert' : undefined}>
          {problem || (check ? t('whenOk') : t('whenHelp'))}
        </span>
      }
      extra={
        <ConditionNames
          id={`${props.id}-names`}
          org={props.org}
          onInsert={(snippet) => props.onCommit(appendCondition(draft, snippet))}
        />
      }
    >
      <CommitInput
        id={props.id}
        value={props.value}
        placeholder={t('whenPlaceholder')}
        status={problem ? 'error' : ''}
        aria-describedby={helpId}
        onDraft={setDraft}
        onCommit={(text) => props.onCommit(text.trim())}
      />
    </Form.Item>
  );
}

/**
 * Cases of a conditional rule, each a condition and its rules, and the rules for when no case
 * applies. Case rules are simple rules (no nested conditions).
 */
export function ConditionalFields(props: FieldsProps) {
  const { id, nodeId, path, rule, org, form, labels, label, onEdit } = props;
  const t = useRulesT();
  const cases = rule.cases ?? [];
  const setCases = (next: readonly DraftCase[]) => onEdit({ ...rule, cases: next });
  const setCase = (index: number, patch: Partial<DraftCase>) =>
    setCases(cases.map((item, at) => (at === index ? { ...item, ...patch } : item)));
  const nested = (prefix: string) => ({ ...labels, prefix: `${prefix} ` });

  return (
    <>
      {cases.map((item, index) => (
        <fieldset key={index} className="baton-rule__case">
          <legend>{t('caseTitle', { index: index + 1 })}</legend>
          <ConditionInput
            id={`${id}-case-${index}-when`}
            label={label(t('when', { index: index + 1 }))}
            value={item.when}
            form={form}
            org={org}
            onCommit={(when) => setCase(index, { when })}
          />
          <RulesEditor
            nodeId={nodeId}
            path={[...path, 'cases', index, 'rules']}
            idPrefix={`${id}-case-${index}`}
            rules={item.rules}
            org={org}
            form={form}
            labels={nested(label(t('caseRules', { index: index + 1 })))}
            kinds={simpleRuleKinds}
            onCommit={(rules: DraftRule[]) => setCase(index, { rules })}
          />
          {cases.length > 1 && (
            <Button
              size="small"
              danger
              onClick={() => setCases(cases.filter((_, at) => at !== index))}
            >
              {t('removeCase', { index: index + 1 })}
            </Button>
          )}
        </fieldset>
      ))}
      <Button size="small" onClick={() => setCases([...cases, { when: '', rules: [] }])}>
        {t('addCase')}
      </Button>
      <fieldset className="baton-rule__case">
        <legend>{t('otherwise')}</legend>
        <RulesEditor
          nodeId={nodeId}
          path={[...path, 'otherwise']}
          idPrefix={`${id}-otherwise`}
          rules={rule.otherwise ?? []}
          org={org}
          form={form}
          labels={nested(label(t('otherwiseRules')))}
          kinds={simpleRuleKinds}
          onCommit={(otherwise) => onEdit({ ...rule, otherwise })}
        />
      </fieldset>
    </>
  );
}
