import { Form, Input } from 'antd';
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { checkExpression, type ExpectedType, type ExpressionScope } from '@baton/schemas';
import { useLocale } from '../i18n/index.ts';
import { useFormBuilderT } from './i18n.ts';

// Monaco is large: it loads with the first expression shown, not with the page.
const ExpressionEditor = lazy(() => import('../monaco/ExpressionEditor.tsx'));

export type ExpressionFieldProps = {
  readonly id: string;
  readonly label: string;
  /** The saved expression; empty when there is none. */
  readonly value: string;
  readonly scope: ExpressionScope;
  /** A rule is `boolean`, a formula `number`. */
  readonly expected: ExpectedType;
  /** A rule may be cleared (then it no longer applies); a formula may not. */
  readonly optional?: boolean;
  /** Called with the trimmed text; `''` clears an optional expression. */
  readonly onCommit: (text: string) => void;
};

/**
 * An expression typed in Monaco and checked against the form on every keystroke: each issue is
 * marked at its place in the editor and listed under it. It is committed (one undoable edit)
 * on Enter or when the editor loses focus, even with issues, so work is never lost: the
 * checker keeps reporting them and publishing waits for them.
 */
export function ExpressionField(props: ExpressionFieldProps) {
  const { id, value, scope, expected } = props;
  const t = useFormBuilderT();
  const locale = useLocale();
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  const issues = useMemo(
    () => (draft.trim() === '' ? [] : checkExpression(draft, scope, { expected, locale }).issues),
    [draft, scope, expected, locale],
  );
  const markers = useMemo(
    () => issues.map((issue) => ({ ...issue, severity: 'error' as const })),
    [issues],
  );
  const empty = draft.trim() === '';
  const help = issues.length > 0 ? issues.map((issue) => issue.message).join('; ') : undefined;

  return (
    <Form.Item
      label={<span id={`${id}-label`}>{props.label}</span>}
      validateStatus={help ? 'error' : ''}
      help={
        <span id={`${id}-issues`} role={help ? 'alert' : undefined}>
          {help ?? (empty ? t('expression.empty') : t('expression.ok'))}
        </span>
      }
    >
      <div className="baton-expression nokey">
        <Suspense fallback={<Input disabled aria-label={props.label} value={draft} />}>
          <ExpressionEditor
            value={value}
            ariaLabel={props.label}
            describedBy={`${id}-issues`}
            scope={scope}
            markers={markers}
            allowEmpty={props.optional === true}
            onDraft={setDraft}
            onCommit={props.onCommit}
          />
        </Suspense>
      </div>
    </Form.Item>
  );
}
