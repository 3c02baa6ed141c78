import { runtimeError } from '../../messages.ts';
import type { TaskState } from '../types.ts';
import type { Work } from '../work.ts';

/** Why a decision can no longer be recalled, in both languages. */
const WHY = {
  ended: ['申请已结束或已退回', 'the request has ended or was returned'],
  round: ['申请已进入新一轮审批', 'the request has moved on to a new round'],
  'later-turn': ['此步骤中排在你之后的人已处理', 'someone after you in this step has acted'],
  'next-acted': [
    '后续步骤已有人处理（审批、转交、委派或加签）',
    'someone has acted on a later step (decided, transferred, delegated or added a signer)',
  ],
  merged: ['后续的并行分支已汇聚', 'the request has passed a parallel join since'],
  advice: ['你的意见已交回委派人', 'your advice was handed back to the delegator'],
  'step-ended': ['此步骤已由他人结束', 'this step was ended by someone else'],
} as const;

/** `recall.too-late`, saying why in both languages. */
export function tooLate(why: keyof typeof WHY) {
  const [whyZh, whyEn] = WHY[why];

  return runtimeError('recall.too-late', { whyZh, whyEn, why });
}

/** The task as it was before its decision: undecided, without the decision's comment. */
export function reopenTask(work: Work, task: TaskState, status: 'open' | 'waiting'): TaskState {
  const { decidedAt: _decided, comment: _comment, ...undecided } = task;
  const reopened: TaskState = { ...undecided, status };
  work.state.tasks[work.state.tasks.findIndex((t) => t.id === task.id)] = reopened;

  return reopened;
}
