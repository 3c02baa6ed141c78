import { Form } from 'antd';
import type { I18nText } from '@baton/schemas';
import { CommitInput } from './CommitInput.tsx';

function both(text: I18nText): { 'zh-CN': string; en: string } {
  return typeof text === 'string' ? { 'zh-CN': text, en: text } : text;
}

/**
 * Two inputs for a bilingual label. A language left blank takes the other language's text, so
 * the result is always a valid `I18nText`.
 */
export function I18nTextFields(props: {
  readonly idPrefix: string;
  readonly value: I18nText | undefined;
  readonly labels: { readonly zh: string; readonly en: string };
  readonly onCommit: (text: I18nText) => void;
  /** Called when both languages are cleared; without it a label cannot become empty. */
  readonly onClear?: () => void;
}) {
  const current = both(props.value ?? '');
  const commit = (locale: 'zh-CN' | 'en', text: string) => {
    const next = { ...current, [locale]: text.trim() };
    const fallback = next['zh-CN'] || next.en;
    if (fallback === '') {
      props.onClear?.();
      return;
    }
    props.onCommit({ 'zh-CN': next['zh-CN'] || fallback, en: next.en || fallback });
  };

  return (
    <>
      <Form.Item label={props.labels.zh} htmlFor={`${props.idPrefix}-zh`}>
        <CommitInput
          id={`${props.idPrefix}-zh`}
          value={current['zh-CN']}
          onCommit={(text) => commit('zh-CN', text)}
        />
      </Form.Item>
      <Form.Item label={props.labels.en} htmlFor={`${props.idPrefix}-en`}>
        <CommitInput
          id={`${props.idPrefix}-en`}
          value={current.en}
          onCommit={(text) => commit('en', text)}
        />
      </Form.Item>
    </>
  );
}
