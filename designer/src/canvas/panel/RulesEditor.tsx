import { Button, Form, Select, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { ApproverRule, FormDefinition } from '@baton/schemas';
import type { OrgInfo } from '../approver-summary.ts';
import { completeRule, startRule, type DraftRule, type RuleKind } from './draft-rules.ts';
import { kindOptions } from './kind-options.ts';
import { draftKey, ruleSignature, type RulePath } from './rule-drafts.ts';
import { RuleFields } from './RuleFields.tsx';
import { useRulesT } from './rules-i18n.ts';
import { useRuleDraftStore, type RuleDraftStore } from './use-rule-drafts.ts';

/** The labels a rules list shows; `prefix` names nested lists ("情况 1 · 审批人类型"). */
export type RuleLabels = {
  readonly kind: string;
  readonly role: string;
  readonly users: string;
  readonly add: string;
  readonly prefix?: string;
};

type RowProps = {
  readonly nodeId: string;
  readonly path: RulePath;
  readonly idPrefix: string;
  readonly index: number;
  readonly rule: DraftRule;
  readonly org: OrgInfo;
  readonly form: FormDefinition;
  readonly labels: RuleLabels;
  readonly kinds: readonly RuleKind[];
  readonly store: RuleDraftStore;
  readonly onChange: (rule: ApproverRule) => void;
  readonly onRemove?: (() => void) | undefined;
};

/** "审批人角色" for the first rule, "审批人角色 2" for the second, … */
function numbered(label: string, index: number): string {
  return index === 0 ? label : `${label} ${index + 1}`;
}

/**
 * The unfinished edit of one rule, kept in the editor's store (so it outlives the panel and
 * counts as an issue) while it still replaces what the flow holds at its place.
 */
function useRowDraft(props: RowProps) {
  const { nodeId, path, rule, store } = props;
  const key = draftKey(nodeId, path);
  const base = ruleSignature(rule);
  const entry = store.drafts[key];
  const stale = entry !== undefined && entry.base !== base;
  useEffect(() => {
    if (stale) store.set(key, undefined);
  }, [stale, key, store]);
  const set = (draft: DraftRule | undefined) =>
    store.set(key, draft === undefined ? undefined : { nodeId, path, draft, base });

  return { draft: stale ? undefined : entry?.draft, set };
}

function RuleRow(props: RowProps) {
  const { idPrefix, index, rule, labels, kinds, onChange, onRemove } = props;
  const t = useRulesT();
  // An edit that leaves the rule incomplete stays a draft until it is complete.
  const { draft, set } = useRowDraft(props);
  const fallbackKind = kinds.includes('role') ? 'role' : (kinds[0] ?? 'role');
  const shown = draft ?? (rule.kind ? rule : startRule(fallbackKind));
  const id = `${idPrefix}-${index}`;
  const label = (text: string) => `${labels.prefix ?? ''}${numbered(text, index)}`;
  const edit = (next: DraftRule) => {
    const done = completeRule(next);
    set(done ? undefined : next);
    if (done) onChange(done);
  };
  const incomplete =
    (draft !== undefined || rule.kind !== undefined) && completeRule(shown) === undefined;

  return (
    <div className="baton-rule">
      <Form.Item label={label(labels.kind)} htmlFor={`${id}-kind`}>
        <Select<RuleKind>
          id={`${id}-kind`}
          value={shown.kind ?? fallbackKind}
          showSearch={{ optionFilterProp: 'label' }}
          onChange={(kind) => edit(startRule(kind))}
          options={kindOptions(kinds, t)}
        />
      </Form.Item>
      <RuleFields
        id={id}
        nodeId={props.nodeId}
        path={props.path}
        rule={shown}
        org={props.org}
        form={props.form}
        labels={labels}
        label={label}
        onEdit={edit}
      />
      {incomplete && (
        <Typography.Paragraph type="warning" className="baton-rule__hint">
          {t('incomplete')}
        </Typography.Paragraph>
      )}
      {onRemove && (
        <Button
          size="small"
          danger
          onClick={() => {
            set(undefined);
            onRemove();
          }}
        >
          {`${labels.prefix ?? ''}${t('removeRule', { index: index + 1 })}`}
        </Button>
      )}
    </div>
  );
}

export type RulesEditorProps = {
  /** The node the rules belong to, and where the list sits in its config. */
  readonly nodeId: string;
  readonly path: RulePath;
  readonly idPrefix: string;
  readonly rules: readonly DraftRule[];
  readonly org: OrgInfo;
  readonly form: FormDefinition;
  readonly labels: RuleLabels;
  /** The kinds the kind picker offers. */
  readonly kinds: readonly RuleKind[];
  readonly onCommit: (rules: DraftRule[]) => void;
};

/** Rows past the list's end that hold an unfinished new rule in the store. */
function draftedRows(store: RuleDraftStore, props: RulesEditorProps): number {
  const prefix = `${draftKey(props.nodeId, props.path)}/`;
  const indexes = Object.keys(store.drafts).flatMap((key) => {
    const rest = key.startsWith(prefix) ? key.slice(prefix.length) : '';

    return /^\d+$/.test(rest) ? [Number(rest)] : [];
  });

  return Math.max(0, ...indexes.map((index) => index + 1 - props.rules.length));
}

/**
 * Edits a list of approver (or recipient) rules. An empty list shows one rule to fill in, as a
 * role by default; a new or edited rule is written to the flow only once it is complete, and
 * until then it is an unfinished rule of the editor (see `RuleDraft`).
 */
export function RulesEditor(props: RulesEditorProps) {
  const { rules, onCommit } = props;
  const store = useRuleDraftStore();
  // Rows added with the button, and at least those holding an unfinished new rule.
  const [added, setPending] = useState(0);
  const pending = Math.max(added, draftedRows(store, props));
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
          nodeId={props.nodeId}
          path={[...props.path, index]}
          idPrefix={props.idPrefix}
          index={index}
          rule={rule}
          org={props.org}
          form={props.form}
          labels={props.labels}
          kinds={props.kinds}
          store={store}
          onChange={(next) => change(index, next)}
          onRemove={rows.length > 1 ? () => remove(index) : undefined}
        />
      ))}
      {rules.length > 0 && (
        <Button size="small" onClick={() => setPending((count) => count + 1)}>
          {`${props.labels.prefix ?? ''}${props.labels.add}`}
        </Button>
      )}
    </Space>
  );
}
