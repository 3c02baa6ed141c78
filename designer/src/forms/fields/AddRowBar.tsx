import { Button, Flex, Typography } from 'antd';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * "+ Add row" and the row count under a line-item table. Memoized: typing in a cell leaves it
 * as it is (`onAdd` is one function for the table's life).
 */
export const AddRowBar = memo(function AddRowBar(props: {
  /** The table's id; the button is `<id>-add`. */
  readonly id: string;
  readonly count: number;
  readonly disabled: boolean;
  readonly onAdd: () => void;
}) {
  const { t } = useTranslation('forms');

  return (
    <Flex justify="space-between" align="center" className="baton-gap-top">
      <Button id={`${props.id}-add`} type="dashed" disabled={props.disabled} onClick={props.onAdd}>
        {`+ ${t('table.addRow')}`}
      </Button>
      <Typography.Text type="secondary">{t('table.rows', { count: props.count })}</Typography.Text>
    </Flex>
  );
});
