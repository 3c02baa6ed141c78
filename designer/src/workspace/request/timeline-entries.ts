import type { TFunction } from 'i18next';
import type { I18nText } from '@baton/schemas';
import type { InstanceView, TimelineEntry } from '../../api/types.ts';
import { ACTION_EVENTS, adHocCopy } from './action-entries.ts';
import { ASSIGNMENT_EVENTS } from './assignment-entries.ts';
import { closingEvents } from './closing-events.ts';
import { assigneeLabel } from './on-behalf.ts';
import {
  hidden,
  read,
  readList,
  sentence,
  type Context,
  type Describe,
  type TimelineLine,
} from './timeline-context.ts';

export type { TimelineLine, TimelineTone } from './timeline-context.ts';

/**
 * Where a resubmission went on from, when the returning step asked to come back to it: that
 * step, or the start and why (a value the route reads changed, or the step sits inside a
 * parallel branch).
 */
function resumed({ t, step, data, field }: Context): string | undefined {
  const at = step(read(data, 'nodeId'));
  if (read(data, 'from') === 'step') return t('timeline.resumedAtStep', { step: at });
  if (read(data, 'why') === 'routing-changed') {
    const fields = readList(data, 'fields').map(field).join(t('timeline.listSeparator'));

    return t('timeline.resumedChanged', { step: at, fields });
  }
  if (read(data, 'why') === 'inside-parallel') return t('timeline.resumedParallel', { step: at });
  if (read(data, 'why') === 'picks-changed') {
    const steps = readList(data, 'steps').map(step).join(t('timeline.listSeparator'));

    return t('timeline.resumedPicks', { step: at, steps });
  }

  return undefined;
}

/**
 * How each event of the engine reads in the history. Who got a task reads with why and the
 * org facts behind it (see `ASSIGNMENT_EVENTS`); events another line already tells (the
 * rejection that returned a request) are left out; an event type missing here still shows, in
 * a generic sentence.
 */
const DESCRIBE: Readonly<Record<string, Describe>> = {
  'instance.started': ({ t, actor }) => sentence(t('timeline.started', { actor }), 'blue'),
  'instance.resubmitted': (context) =>
    sentence(context.t('timeline.resubmitted', { actor: context.actor }), 'blue', resumed(context)),
  'instance.withdrawn': ({ t, actor, data }) =>
    sentence(t('timeline.withdrawn', { actor }), 'gray', read(data, 'reason')),
  'instance.completed': ({ t }) => sentence(t('timeline.completed'), 'green'),
  'task.approved': ({ t, actor, step, data }) =>
    sentence(
      t('timeline.approved', { actor, step: step(read(data, 'nodeId')) }),
      'green',
      read(data, 'comment'),
    ),
  'task.rejected': ({ t, actor, step, data }) => {
    // Under a rejection share a rejection that does not decide the step only counts toward it.
    const key =
      data['stepRejected'] === false
        ? 'timeline.rejectedCounted'
        : read(data, 'target') === 'end'
          ? 'timeline.rejectedToEnd'
          : 'timeline.rejectedToInitiator';

    return sentence(
      t(key, { actor, step: step(read(data, 'nodeId')) }),
      'red',
      read(data, 'comment'),
    );
  },
  // An approver's edits name the fields changed, never their values; the server leaves out
  // fields hidden from this viewer, and with none left the line says only that they edited.
  'form.edited': ({ t, actor, step, data, field }) => {
    const fields = readList(data, 'fields').map(field);
    const at = step(read(data, 'nodeId'));

    return sentence(
      fields.length === 0
        ? t('timeline.editedHidden', { actor, step: at })
        : t('timeline.edited', {
            actor,
            step: at,
            fields: fields.join(t('timeline.listSeparator')),
          }),
      'blue',
    );
  },
  'branch.taken': ({ t, step, data, flow }) => {
    const edge = flow.edges.find((candidate) => candidate.id === read(data, 'edgeId'));

    return edge ? sentence(t('timeline.branch', { step: step(edge.target) }), 'gray') : null;
  },
  'cc.sent': (context) => {
    const { t, data } = context;
    const recipients = Array.isArray(data['recipientIds']) ? data['recipientIds'].length : 0;

    return adHocCopy(context) ?? sentence(t('timeline.cc', { count: recipients }), 'gray');
  },
  'instance.rejected': ({ t }) => sentence(t('timeline.rejectedFinal'), 'red'),
  ...ASSIGNMENT_EVENTS,
  ...ACTION_EVENTS,
  'step.completed': hidden,
  'parallel.split': hidden,
  'parallel.joined': hidden,
};

const describeOther: Describe = ({ t, actor, data }) =>
  sentence(t('timeline.other', { actor, type: read(data, '__type') ?? '' }), 'gray');

export type TimelineOptions = {
  readonly request: InstanceView;
  readonly t: TFunction;
  readonly text: (label: I18nText) => string;
  readonly formatList: (items: readonly string[]) => string;
  /**
   * Names of people the request itself does not name (copied people, delegates), e.g. the
   * org's `userName`; default: the request's people, else the id.
   */
  readonly userName?: (userId: string) => string;
  /** Moments (a delay's end) in the UI language; default: the ISO text. */
  readonly formatTime?: (iso: string) => string;
};

/** Display names by user id from the request: initiator, assignees, actors. */
function requestNames(request: InstanceView): Map<string, string> {
  const people = [
    request.initiator,
    ...request.tasks.flatMap((task) => [
      task.assignee,
      ...(task.onBehalfOf ? [task.onBehalfOf] : []),
    ]),
    ...request.timeline.flatMap((entry) => (entry.actor ? [entry.actor] : [])),
  ];

  return new Map(people.map((person) => [person.id, person.name]));
}

/** What every describer shares; `actor` and `assignee` follow per event. */
function sharedContext(options: TimelineOptions): Omit<Context, 'actor' | 'assignee' | 'data'> {
  const { request, t, text, formatList } = options;
  const names = requestNames(request);
  const person = (userId: string | undefined) =>
    userId === undefined
      ? t('timeline.someone')
      : (names.get(userId) ?? options.userName?.(userId) ?? userId);
  const step = (nodeId: string | undefined) => {
    const node = request.flow.nodes.find((candidate) => candidate.id === nodeId);

    return node ? text(node.name) : (nodeId ?? '');
  };
  const taskStep = (data: Readonly<Record<string, unknown>>) => {
    const taskId = read(data, 'taskId');
    const task = request.tasks.find((candidate) => candidate.id === taskId);

    return step(read(data, 'nodeId') ?? task?.nodeId);
  };

  return {
    t,
    text,
    step,
    taskStep,
    person,
    people: (ids) => formatList(Array.isArray(ids) ? readList({ ids }, 'ids').map(person) : []),
    formatTime: options.formatTime ?? ((iso) => iso),
    flow: request.flow,
    rejectedStepIds: rejectedSteps(request.timeline),
    closedBy: closingEvents(request.timeline),
    field: (key) => {
      const found = request.form.fields.find((candidate) => candidate.key === key);

      return found ? text(found.label) : key;
    },
  };
}

/**
 * The request's history as sentences in the UI language ("王芳 同意（部门经理审批）" /
 * "Wang Fang approved (Manager approval)"), with comments, oldest first, and a last "waiting
 * for" line per step while tasks are open. A delegate's action reads "王芳（代 刘洋）".
 */
export function timelineLines(options: TimelineOptions): TimelineLine[] {
  const { request, t } = options;
  const shared = sharedContext(options);
  const assignee = (data: Readonly<Record<string, unknown>>) => {
    const taskId = read(data, 'taskId');
    const task = request.tasks.find((candidate) => candidate.id === taskId);

    return task
      ? assigneeLabel(task, t, options.userName)
      : shared.person(read(data, 'assigneeId'));
  };
  const lines = request.timeline.flatMap((entry: TimelineEntry) => {
    const describe = DESCRIBE[entry.type] ?? describeOther;
    const data = DESCRIBE[entry.type] ? entry.data : { ...entry.data, __type: entry.type };
    const name = entry.actor?.name ?? t('timeline.system');
    const principal = read(data, 'onBehalfOf');
    const actor =
      principal === undefined
        ? name
        : t('events.onBehalf', { ns: 'requestPage', name, principal: shared.person(principal) });
    const line = describe({ ...shared, actor, assignee: assignee(data), data });

    return line ? [{ ...line, key: `event-${entry.seq}`, at: entry.at }] : [];
  });

  return [...lines, ...waitingLines(request, t, options)];
}

/** Ids of the steps the history shows rejected. */
function rejectedSteps(timeline: readonly TimelineEntry[]): ReadonlySet<string> {
  return new Set(
    timeline.flatMap((entry) => {
      const stepId = read(entry.data, 'stepId');
      const rejected = entry.type === 'step.completed' && entry.data['outcome'] === 'rejected';

      return rejected && stepId !== undefined ? [stepId] : [];
    }),
  );
}

function waitingLines(
  request: InstanceView,
  t: TFunction,
  options: TimelineOptions,
): TimelineLine[] {
  const { formatList, userName } = options;
  const open = request.tasks.filter((task) => task.status === 'open');
  const byNode = new Map<string, { step: string; names: string[] }>();
  for (const task of open) {
    const group = byNode.get(task.nodeId) ?? { step: task.nodeName, names: [] };
    group.names.push(assigneeLabel(task, t, userName));
    byNode.set(task.nodeId, group);
  }

  if (request.status === 'returned') {
    const waiting = t('timeline.awaitingResubmit', { name: request.initiator.name });

    return [
      {
        key: 'waiting-initiator',
        at: undefined,
        text: waiting,
        comment: undefined,
        tone: 'orange',
        pending: true,
      },
    ];
  }

  return [...byNode.entries()].map(([nodeId, group]) => ({
    key: `waiting-${nodeId}`,
    at: undefined,
    text: t('request.waiting', { names: formatList(group.names), step: group.step }),
    comment: undefined,
    tone: 'blue',
    pending: true,
  }));
}
