import { Form, InputNumber, Select, Typography } from 'antd';
import type { FlowBundle, FlowPolicies, PoliciesPatch } from '@baton/schemas';
import { useFlowsT } from '../../flows/i18n.ts';
import { useLocale } from '../../i18n/index.ts';
import { fieldChoices } from './field-choices.ts';

const WITHDRAW = ['beforeAnyDecision', 'untilEnd', 'never'] as const;
/** The select's value for "no field chosen": the form's first money field applies. */
const FIRST_MONEY_FIELD = '';

/**
 * The flow's rules for actions on running requests: when the initiator may withdraw, how often
 * a request may be urged, and which money field out-of-office amount caps compare with.
 */
export function ActionPolicies(props: {
  readonly bundle: FlowBundle;
  readonly policies: FlowPolicies;
  readonly patch: (values: PoliciesPatch) => void;
}) {
  const { bundle, policies, patch } = props;
  const t = useFlowsT();
  const locale = useLocale();
  const money = fieldChoices(bundle.form, ['money'], locale);
  const amountOptions = [
    { value: FIRST_MONEY_FIELD, label: t('flowSettings.amountFieldDefault') },
    ...money,
  ];

  return (
    <fieldset className="baton-panel__group">
      <legend>{t('flowSettings.actions')}</legend>
      <Form.Item
        label={t('flowSettings.withdraw')}
        htmlFor="flow-withdraw"
        extra={t('flowSettings.withdrawHelp')}
      >
        <Select
          id="flow-withdraw"
          value={policies.withdraw}
          onChange={(withdraw) => patch({ withdraw })}
          options={WITHDRAW.map((value) => ({
            value,
            label: t(`flowSettings.withdrawOptions.${value}`),
          }))}
        />
      </Form.Item>
      <Form.Item label={t('flowSettings.urgeInterval')} htmlFor="flow-urge-interval">
        <InputNumber
          id="flow-urge-interval"
          min={1}
          max={1440}
          precision={0}
          value={policies.urgeIntervalMinutes}
          onChange={(minutes) => {
            if (minutes !== null && minutes !== policies.urgeIntervalMinutes)
              patch({ urgeIntervalMinutes: minutes });
          }}
        />
      </Form.Item>
      {money.length === 0 && policies.amountField === undefined ? (
        <Typography.Paragraph type="secondary">
          {t('flowSettings.noMoneyFields')}
        </Typography.Paragraph>
      ) : (
        <Form.Item
          label={t('flowSettings.amountField')}
          htmlFor="flow-amount-field"
          extra={t('flowSettings.amountFieldHelp')}
        >
          <Select
            id="flow-amount-field"
            value={policies.amountField ?? FIRST_MONEY_FIELD}
            onChange={(field: string) =>
              patch({ amountField: field === FIRST_MONEY_FIELD ? undefined : field })
            }
            options={amountOptions}
          />
        </Form.Item>
      )}
    </fieldset>
  );
}
