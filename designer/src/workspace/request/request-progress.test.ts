import { describe, expect, it } from 'vitest';
import type { InstanceTask, TimelineEntry } from '../../api/types.ts';
import { roundProgress } from './request-progress.ts';

const chen = { id: 'chen.jie', name: '陈杰' };
const wang = { id: 'wang.fang', name: '王芳' };

function event(seq: number, type: string, data: Record<string, unknown> = {}): TimelineEntry {
  return { seq, type, at: `2026-03-02T01:0${seq}:00.000Z`, actor: chen, nodeName: null, data };
}

function task(nodeId: string, status: string): InstanceTask {
  return {
    id: `task-${nodeId}-${status}`,
    nodeId,
    nodeName: nodeId,
    assignee: wang,
    status,
    comment: null,
    createdAt: '2026-03-02T01:00:00.000Z',
    decidedAt: null,
    onBehalfOf: null,
    originKind: null,
    blockedBy: [],
  };
}

/** Round 1: manager rejected at 01:02. Round 2: resubmitted at 01:03, manager waiting. */
const timeline = [
  event(1, 'instance.started', { round: 1 }),
  event(2, 'step.completed', { nodeId: 'manager', outcome: 'rejected' }),
  event(3, 'instance.resubmitted', { round: 2 }),
];
const rejectedTask = task('manager', 'rejected');
const tasks = [rejectedTask, task('manager', 'open')];
const at = (seq: number) => `2026-03-02T01:0${seq}:00.000Z`;

describe('roundProgress', () => {
  it("given a resubmitted request whose trail has no rounds, when cut, then last round's path is left out", () => {
    // Regression: the server's trail carries no round; the page drew round 1's path as passed.
    const trail = [
      { nodeId: 'start', at: at(1) },
      { nodeId: 'manager', edgeId: 'e1', at: at(1) },
      { nodeId: 'start', at: at(3) },
      { nodeId: 'manager', edgeId: 'e1', at: at(3) },
    ];

    const progress = roundProgress({ trail, tasks, timeline });

    expect(progress.trail).toEqual(trail.slice(2));
    expect(progress.round).toBe(2);
    expect(progress.activeNodeIds).toEqual(['manager']);
    expect(progress.rejectedNodeIds).toEqual([]);
  });

  it('given trail entries with rounds, when cut, then the diagram gets them all with the round', () => {
    const trail = [
      { nodeId: 'start', at: at(1), round: 1 },
      { nodeId: 'start', at: at(3), round: 2 },
    ];

    const progress = roundProgress({ trail, tasks, timeline });

    expect(progress.trail).toEqual(trail);
    expect(progress.round).toBe(2);
  });

  it('given a step rejected in the current round, when cut, then it is reported rejected', () => {
    const returned = timeline.slice(0, 2);

    const progress = roundProgress({ trail: [], tasks: [rejectedTask], timeline: returned });

    expect(progress.rejectedNodeIds).toEqual(['manager']);
    expect(progress.activeNodeIds).toEqual([]);
  });
});
