import { ApprovalConfig } from '@baton/schemas';
import type { InstanceView } from '../../api/types.ts';
import { neededApprovals } from '../../canvas/panel/approval-words.ts';

type Mode = ApprovalConfig['mode'];

/** Where an open step with several people stands: approvals, rejections, whose turn it is. */
export type StepCount = {
  readonly stepId: string;
  readonly nodeId: string;
  readonly mode: Mode;
  /** People the step counts (tasks not closed without a decision), policy approvals included. */
  readonly total: number;
  /** Approvals that complete the step, as the engine stored it at entry (less any skipped turn). */
  readonly needed: number;
  readonly approved: number;
  readonly rejected: number;
  /** Sequential steps: whose turn it is, from 1, among the step's people in order. */
  readonly turn: number | undefined;
  /**
   * Under a rejection share: the rejections that reject the step (at the share, or once
   * approval can no longer be reached, whichever comes first); `undefined` otherwise.
   */
  readonly rejectionLimit: number | undefined;
};

type Entered = { readonly nodeId: string; readonly mode: Mode; readonly needed?: number };

const MODES: readonly Mode[] = ['any', 'all', 'sequential', 'percentage'];

function text(data: Readonly<Record<string, unknown>>, key: string): string | undefined {
  const value = data[key];

  return typeof value === 'string' && value !== '' ? value : undefined;
}

function count(data: Readonly<Record<string, unknown>>, key: string): number | undefined {
  const value = data[key];

  return typeof value === 'number' && Number.isInteger(value) ? value : undefined;
}

/** From the history: each step's node, mode and needed approvals, and each task's step. */
function readHistory(timeline: InstanceView['timeline']) {
  const steps = new Map<string, Entered>();
  const stepOfTask = new Map<string, string>();
  for (const { type, data } of timeline) {
    const stepId = text(data, 'stepId');
    if (stepId === undefined) continue;
    const needed = count(data, 'needed');
    if (type === 'step.entered') {
      const mode = MODES.find((candidate) => candidate === data['mode']) ?? 'any';
      steps.set(stepId, {
        nodeId: text(data, 'nodeId') ?? '',
        mode,
        ...(needed === undefined ? {} : { needed }),
      });
    }
    const taskId = text(data, 'taskId');
    if (taskId !== undefined) stepOfTask.set(taskId, stepId);
    // A skipped turn (disabled approver) records the lowered count.
    const entered = steps.get(stepId);
    if (type === 'task.cancelled' && needed !== undefined && entered)
      steps.set(stepId, { ...entered, needed });
  }

  return { steps, stepOfTask };
}

/** Rejections that reject a step under a rejection share, or `undefined` without one. */
function rejectionLimit(
  request: Pick<InstanceView, 'flow'>,
  step: { nodeId: string; total: number; needed: number },
): number | undefined {
  const node = request.flow.nodes.find((candidate) => candidate.id === step.nodeId);
  const config = ApprovalConfig.safeParse(node?.config ?? {});
  if (!config.success) return undefined;
  const { mode, rejectWhen, rejectPercent } = config.data;
  if (mode !== 'percentage' || rejectWhen !== 'threshold') return undefined;
  const unreachable = step.total - step.needed + 1;

  return rejectPercent === undefined
    ? unreachable
    : Math.min(unreachable, neededApprovals(step.total, rejectPercent));
}

/**
 * Where each step waiting on people stands, in the order its first task was created: read from
 * the request's history (`step.entered` gives the mode and the approvals needed) and its tasks'
 * statuses. Steps of one person are left out: there is nothing to count.
 */
export function activeStepCounts(
  request: Pick<InstanceView, 'timeline' | 'tasks' | 'flow'>,
): StepCount[] {
  const { steps, stepOfTask } = readHistory(request.timeline);
  const byStep = new Map<string, InstanceView['tasks'][number][]>();
  for (const task of request.tasks) {
    const stepId = stepOfTask.get(task.id);
    if (stepId === undefined || task.status === 'cancelled') continue;
    byStep.set(stepId, [...(byStep.get(stepId) ?? []), task]);
  }

  return [...byStep].flatMap(([stepId, tasks]): StepCount[] => {
    const entered = steps.get(stepId);
    const open = tasks.findIndex((task) => task.status === 'open');
    if (!entered || open < 0 || tasks.length < 2) return [];
    const total = tasks.length;
    const needed = entered.needed ?? (entered.mode === 'any' ? 1 : total);
    const limit = rejectionLimit(request, { nodeId: entered.nodeId, total, needed });

    return [
      {
        stepId,
        nodeId: entered.nodeId,
        mode: entered.mode,
        total,
        needed,
        approved: tasks.filter((task) => task.status === 'approved').length,
        rejected: tasks.filter((task) => task.status === 'rejected').length,
        turn: entered.mode === 'sequential' ? open + 1 : undefined,
        rejectionLimit: limit,
      },
    ];
  });
}
