import { Button, Flex, Typography } from 'antd';
import type { FlowBundle } from '@baton/schemas';
import type { OrgNames } from '../forms/org/org-names.ts';
import { useFormatList, useText } from '../i18n/index.ts';
import { PickSelect } from '../preview/PickSelect.tsx';
import type { PickChoice, Picks } from '../preview/picks.ts';
import { useFlowTestT } from './i18n.ts';
import { pickNodes, stalePicks, type PickNode } from './pick-nodes.ts';

export type SamplePicksProps = {
  readonly bundle: FlowBundle;
  readonly picks: Picks;
  readonly org: OrgNames;
  /** The candidates of each step's range, from a preview of the sample (see `useSamplePickChoices`). */
  readonly choices: Readonly<Record<string, PickChoice>>;
  /** A preview came back: a step without choices is off the sample's route. */
  readonly previewed: boolean;
  readonly onChange: (picks: Record<string, string[]>) => void;
};

function copy(picks: Picks): Record<string, string[]> {
  return Object.fromEntries(Object.entries(picks).map(([nodeId, ids]) => [nodeId, [...ids]]));
}

/** The people a step's picker offers: its range, or everyone until a preview says otherwise. */
function candidatesFor(node: PickNode, props: SamplePicksProps): readonly string[] {
  const choice = props.choices[node.nodeId];
  if (choice) return choice.candidateIds;

  return props.previewed ? [] : props.org.users.map((user) => user.value);
}

function PickRow({ node, props }: { readonly node: PickNode; readonly props: SamplePicksProps }) {
  const t = useFlowTestT();
  const text = useText();
  const formatList = useFormatList();
  const candidates = candidatesFor(node, props);
  const value = props.picks[node.nodeId] ?? [];
  const outside = value.filter((id) => !candidates.includes(id));
  const step = text(node.name);

  return (
    <PickSelect
      id={`sample-pick-${node.nodeId}`}
      label={t(node.by === 'initiator' ? 'pickByInitiator' : 'pickByApprover', { step })}
      multiple={node.multiple}
      // People picked earlier stay listed so that they can be seen and removed.
      candidateIds={[...candidates, ...outside]}
      value={value}
      userOption={props.org.userOption}
      help={candidates.length === 0 ? t('notOnRoute') : undefined}
      warning={
        outside.length > 0 && candidates.length > 0
          ? t('outsideRange', { names: formatList(outside.map(props.org.userName)) })
          : undefined
      }
      onChange={(userIds) => props.onChange({ ...copy(props.picks), [node.nodeId]: userIds })}
    />
  );
}

/**
 * A sample's picks: one picker per step that picks in the draft (offering the step's range),
 * then the picks the sample holds for steps that no longer pick or are gone, each with a
 * button to remove them; a removed pick is not saved with the sample.
 */
export function SamplePicks(props: SamplePicksProps) {
  const t = useFlowTestT();
  const text = useText();
  const formatList = useFormatList();
  const stale = stalePicks(props.bundle.flow, props.picks);
  const name = (nodeId: string) => {
    const node = props.bundle.flow.nodes.find((candidate) => candidate.id === nodeId);

    return node ? text(node.name) : nodeId;
  };
  const remove = (nodeId: string) => {
    const { [nodeId]: _removed, ...rest } = copy(props.picks);
    props.onChange(rest);
  };

  return (
    <>
      {pickNodes(props.bundle.flow).map((node) => (
        <PickRow key={node.nodeId} node={node} props={props} />
      ))}
      {stale.map(({ nodeId, reason }) => (
        <Flex key={nodeId} gap="small" align="baseline" className="baton-gap-bottom">
          <Typography.Text type="warning">
            {t(reason === 'missing' ? 'pickMissing' : 'pickNotPicking', {
              step: name(nodeId),
              names: formatList((props.picks[nodeId] ?? []).map(props.org.userName)),
            })}
          </Typography.Text>
          <Button
            size="small"
            aria-label={t('removePickFor', { step: name(nodeId) })}
            onClick={() => remove(nodeId)}
          >
            {t('removePick')}
          </Button>
        </Flex>
      ))}
    </>
  );
}
