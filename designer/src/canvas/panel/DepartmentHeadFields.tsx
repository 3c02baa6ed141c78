import { Form, InputNumber, Radio, Switch, Typography } from 'antd';
import { useState } from 'react';
import { useLocale } from '../../i18n/index.ts';
import { Choice } from './choices.tsx';
import type { DraftRule } from './draft-rules.ts';
import { fieldChoices } from './field-choices.ts';
import type { FieldsProps } from './RuleFields.tsx';
import { useRulesT } from './rules-i18n.ts';

type Source = 'initiator' | 'field';

/** A copy of `rule` without `key`, so the kind's default applies again. */
function without(rule: DraftRule, key: 'field' | 'up' | 'climbIfEmpty'): DraftRule {
  const copy: { -readonly [K in keyof DraftRule]: DraftRule[K] } = { ...rule };
  delete copy[key];

  return copy;
}

/**
 * Head of which department (the initiator's, or one chosen in a department field), how many
 * levels up, and whether to climb while a department has no head.
 */
export function DepartmentHeadFields({ id, rule, form, label, onEdit }: FieldsProps) {
  const t = useRulesT();
  const locale = useLocale();
  const [source, setSource] = useState<Source>(rule.field === undefined ? 'initiator' : 'field');
  const fields = fieldChoices(form, ['department'], locale);
  const pickSource = (next: Source) => {
    setSource(next);
    const [first] = fields;
    if (next === 'initiator') onEdit(without(rule, 'field'));
    else if (first && rule.field === undefined) onEdit({ ...rule, field: first.value });
  };

  return (
    <>
      <Form.Item label={label(t('departmentFrom'))}>
        <Radio.Group
          aria-label={label(t('departmentFrom'))}
          value={source}
          onChange={(event) => pickSource(event.target.value === 'field' ? 'field' : 'initiator')}
          options={(['initiator', 'field'] as const).map((value) => ({
            value,
            label: t(`departmentSources.${value}`),
          }))}
        />
      </Form.Item>
      {source === 'field' &&
        (fields.length === 0 ? (
          <Typography.Paragraph type="secondary">{t('noFields')}</Typography.Paragraph>
        ) : (
          <Choice
            id={`${id}-department-field`}
            label={label(t('departmentField'))}
            value={rule.field}
            options={fields}
            onChange={(field) => onEdit({ ...rule, field })}
          />
        ))}
      <Form.Item label={label(t('up'))} htmlFor={`${id}-up`} extra={t('upHelp')}>
        <InputNumber
          id={`${id}-up`}
          min={0}
          max={15}
          precision={0}
          value={rule.up ?? 0}
          onChange={(up) => onEdit(up ? { ...rule, up } : without(rule, 'up'))}
        />
      </Form.Item>
      <Form.Item label={label(t('climbIfEmpty'))} htmlFor={`${id}-climb`}>
        <Switch
          id={`${id}-climb`}
          checked={rule.climbIfEmpty === true}
          onChange={(on) =>
            onEdit(on ? { ...rule, climbIfEmpty: true } : without(rule, 'climbIfEmpty'))
          }
        />
      </Form.Item>
    </>
  );
}
