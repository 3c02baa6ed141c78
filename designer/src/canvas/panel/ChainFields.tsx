import { Form, InputNumber, Select, Typography } from 'antd';
import { useLocale } from '../../i18n/index.ts';
import { Choice } from './choices.tsx';
import { startChainEnd, type DraftChainEnd } from './draft-rules.ts';
import { AMOUNT_FIELD_TYPES, fieldChoices } from './field-choices.ts';
import { useKeyedOptions, type FieldsProps } from './RuleFields.tsx';
import { useRulesT } from './rules-i18n.ts';

type EndKind = NonNullable<DraftChainEnd['kind']>;

const endKinds: readonly EndKind[] = ['level', 'role', 'top', 'approvalLimit'];

/** Where a chain of supervisors ends: a level, a role, the top, or an approval limit. */
export function ChainFields({ id, rule, org, form, label, onEdit }: FieldsProps) {
  const t = useRulesT();
  const locale = useLocale();
  const keyed = useKeyedOptions();
  const end = rule.end ?? {};
  const setEnd = (next: DraftChainEnd) => onEdit({ ...rule, end: next });
  const amountFields = fieldChoices(form, AMOUNT_FIELD_TYPES, locale);

  return (
    <>
      <Form.Item label={label(t('chainEnd'))} htmlFor={`${id}-end`}>
        <Select<EndKind>
          id={`${id}-end`}
          value={end.kind ?? 'top'}
          onChange={(kind) => setEnd(startChainEnd(kind))}
          options={endKinds.map((value) => ({ value, label: t(`chainEnds.${value}`) }))}
        />
      </Form.Item>
      {end.kind === 'level' && (
        <Form.Item label={label(t('chainLevel'))} htmlFor={`${id}-end-level`}>
          <InputNumber
            id={`${id}-end-level`}
            min={1}
            max={15}
            precision={0}
            value={end.level ?? 1}
            onChange={(level) => level !== null && setEnd({ ...end, level })}
          />
        </Form.Item>
      )}
      {end.kind === 'role' && (
        <Choice
          id={`${id}-end-role`}
          label={label(t('chainRole'))}
          value={end.role}
          options={keyed(org.roles)}
          onChange={(role) => setEnd({ ...end, role })}
        />
      )}
      {end.kind === 'approvalLimit' &&
        (amountFields.length === 0 ? (
          <Typography.Paragraph type="secondary">{t('noFields')}</Typography.Paragraph>
        ) : (
          <Choice
            id={`${id}-end-field`}
            label={label(t('limitField'))}
            value={end.field}
            options={amountFields}
            onChange={(field) => setEnd({ ...end, field })}
          />
        ))}
    </>
  );
}
