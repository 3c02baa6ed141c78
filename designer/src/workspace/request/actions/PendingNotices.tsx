import { Alert, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormatList } from '../../../i18n/index.ts';
import type { RequestActions } from './action-availability.ts';
import { RemoveSignerButton } from './RemoveSignerButton.tsx';

/**
 * What waits on the viewer: their task that waits for others (and whom), and the signers they
 * added who have not acted yet, each with Remove.
 */
export function PendingNotices(props: {
  readonly instanceId: string;
  readonly actions: RequestActions;
}) {
  const { instanceId, actions } = props;
  const { t } = useTranslation('requestPage');
  const formatList = useFormatList();
  const waiting = actions.waiting;

  return (
    <>
      {waiting && (
        <Alert
          type="info"
          showIcon
          role="status"
          title={
            waiting.blockers.length > 0
              ? t('act.waiting.blocked', {
                  step: waiting.stepName,
                  names: formatList(waiting.blockers),
                })
              : t('act.waiting.turn', { step: waiting.stepName })
          }
        />
      )}
      {actions.removableSigners.length > 0 && (
        <Flex gap="small" wrap align="center">
          <Typography.Text type="secondary">{t('act.removeSigner.list')}</Typography.Text>
          {actions.removableSigners.map((signer) => (
            <RemoveSignerButton
              key={signer.taskId}
              instanceId={instanceId}
              taskId={signer.taskId}
              name={signer.name}
            />
          ))}
        </Flex>
      )}
    </>
  );
}
