import { Button, Space, Tag, Tooltip } from 'antd';
import { useFlowsT } from './i18n.ts';

export type EditorToolbarProps = {
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  readonly onUndo: () => void;
  readonly onRedo: () => void;
  readonly dirty: boolean;
  /** The draft revision on the server that the next save builds on. */
  readonly revision: number;
  readonly saving: boolean;
  readonly publishing: boolean;
  readonly onSave: () => void;
  readonly onPublish: () => void;
  readonly errorCount: number;
  /** Approver rules left unfinished in the panel (counted in `errorCount` too). */
  readonly incompleteCount: number;
  readonly issueCount: number;
};

/**
 * Undo / redo, save draft and publish. Publish stays disabled while the checker reports errors
 * or an approver rule is unfinished, with a tooltip saying why.
 */
export function EditorToolbar(props: EditorToolbarProps) {
  const t = useFlowsT();
  const blocked = props.errorCount > 0 || props.incompleteCount > 0;
  const why =
    props.incompleteCount > 0
      ? t('toolbar.publishIncomplete', { count: props.incompleteCount })
      : t('toolbar.publishBlocked', { count: props.errorCount });
  const publish = (
    <Button
      type="primary"
      disabled={blocked}
      loading={props.publishing}
      onClick={props.onPublish}
      aria-describedby={blocked ? 'baton-publish-blocked' : undefined}
    >
      {t('toolbar.publish')}
    </Button>
  );

  return (
    <div className="baton-toolbar" role="toolbar" aria-label={t('toolbar.label')}>
      <Space wrap>
        <Tooltip title={t('toolbar.undoShortcut')}>
          <Button disabled={!props.canUndo} onClick={props.onUndo}>
            {t('toolbar.undo')}
          </Button>
        </Tooltip>
        <Tooltip title={t('toolbar.redoShortcut')}>
          <Button disabled={!props.canRedo} onClick={props.onRedo}>
            {t('toolbar.redo')}
          </Button>
        </Tooltip>
        <Button loading={props.saving} onClick={props.onSave}>
          {t('toolbar.save')}
        </Button>
        {blocked ? (
          <Tooltip title={why}>
            <span className="baton-toolbar__blocked">{publish}</span>
          </Tooltip>
        ) : (
          publish
        )}
        {blocked && (
          <span id="baton-publish-blocked" className="baton-visually-hidden">
            {why}
          </span>
        )}
        <Tag
          color={props.issueCount === 0 ? 'green' : blocked ? 'red' : 'orange'}
          aria-live="polite"
        >
          {props.issueCount === 0
            ? t('toolbar.noIssues')
            : t('toolbar.issueCount', { count: props.issueCount })}
        </Tag>
        <Tag>{props.dirty ? t('editor.unsaved') : t('editor.saved')}</Tag>
        <span className="baton-toolbar__revision">
          {t('editor.draftRevision', { revision: props.revision })}
        </span>
      </Space>
    </div>
  );
}
