import { Button, Flex } from 'antd';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RowActions } from './TableRow.tsx';

export type RowButtonsProps = {
  readonly tableId: string;
  /** Zero-based row index. */
  readonly index: number;
  readonly last: boolean;
  readonly canRemove: boolean;
  readonly disabled: boolean;
  readonly actions: RowActions;
};

/**
 * Move up, move down and remove for one line, each a real button named for its line ("Move
 * line 2 up"). Memoized apart from the cells: typing in a line leaves its buttons as they are.
 */
export const RowButtons = memo(function RowButtons(props: RowButtonsProps) {
  const { tableId, index, actions, disabled } = props;
  const { t } = useTranslation('forms');
  const line = index + 1;

  return (
    <Flex gap={4} wrap={false} className="baton-row-actions">
      <Button
        size="small"
        id={`${tableId}-${index}-up`}
        disabled={disabled || index === 0}
        aria-label={t('table.moveUp', { row: line })}
        onClick={() => actions.move(index, index - 1)}
      >
        ↑
      </Button>
      <Button
        size="small"
        id={`${tableId}-${index}-down`}
        disabled={disabled || props.last}
        aria-label={t('table.moveDown', { row: line })}
        onClick={() => actions.move(index, index + 1)}
      >
        ↓
      </Button>
      <Button
        type="link"
        danger
        size="small"
        disabled={disabled || !props.canRemove}
        aria-label={t('table.removeRow', { row: line })}
        onClick={() => actions.remove(index)}
      >
        {t('table.remove')}
      </Button>
    </Flex>
  );
});
