import { Button, Dropdown } from 'antd';
import { resolveText } from '@baton/schemas';
import { useFlowsT } from '../../flows/i18n.ts';
import { useLocale } from '../../i18n/index.ts';
import { insertChoices } from '../insert-choices.ts';

/**
 * The keyboard-friendly way to insert: a "+" button on an edge opening a menu of the palette's
 * kinds. Its accessible name names both ends, e.g. "Insert between “Finance approval” and “End”".
 */
export function InsertMenu(props: {
  readonly sourceName: string;
  readonly targetName: string;
  readonly onInsert: (type: string) => void;
}) {
  const t = useFlowsT();
  const locale = useLocale();
  const items = insertChoices.map((choice) => ({
    key: choice.type,
    label: resolveText(choice.label, locale),
  }));
  const label = t('canvas.insertOnEdge', { source: props.sourceName, target: props.targetName });

  return (
    <Dropdown trigger={['click']} menu={{ items, onClick: ({ key }) => props.onInsert(key) }}>
      <Button
        className="baton-edge__insert"
        size="small"
        shape="circle"
        aria-label={label}
        title={label}
      >
        +
      </Button>
    </Dropdown>
  );
}
