import { describe, expect, it } from 'vitest';
import { baseRequest, event, people, task } from '../timeline.fixture.ts';
import { jumpTargets, requestActions, type ActionRequest } from './action-availability.ts';

const { chen, wang, li, zhao, zhou } = people;
const employee = (user: { id: string }) => ({ id: user.id, roles: [] });
const admin = { id: zhou.id, roles: ['admin'] };

function request(view: Partial<ActionRequest>): ActionRequest {
  return { ...baseRequest, ...view };
}

describe('requestActions', () => {
  it('given the assignee of an open task, when asked, then they may return, hand on and copy, but not urge', () => {
    const actions = requestActions(
      request({ tasks: [task('manager', '部门经理审批', wang)] }),
      employee(wang),
    );

    expect(actions).toMatchObject({
      task: { taskId: 'task-manager-wang.fang', canReturn: true, canHandOn: true },
      cc: true,
      urge: false,
      admin: false,
      recall: null,
    });
  });

  it('given a step that allows no return, when its assignee asks, then Return is not offered', () => {
    const flow = {
      ...baseRequest.flow,
      nodes: baseRequest.flow.nodes.map((node) =>
        node.id === 'manager' ? { ...node, config: { returnTo: [] } } : node,
      ),
    };
    const actions = requestActions(
      request({ flow, tasks: [task('manager', '部门经理审批', wang)] }),
      employee(wang),
    );

    expect(actions.task?.canReturn).toBe(false);
  });

  it('given a delegate’s task, when its assignee asks, then they decide but do not pass it on', () => {
    const tasks = [task('manager', '部门经理审批', li, { originKind: 'delegate' })];

    expect(requestActions(request({ tasks }), employee(li)).task).toMatchObject({
      canReturn: false,
      canHandOn: false,
    });
  });

  it('given the initiator of a running request, when asked, then they may urge and copy', () => {
    const actions = requestActions(
      request({ tasks: [task('manager', '部门经理审批', wang)] }),
      employee(chen),
    );

    expect(actions).toMatchObject({ task: null, urge: true, cc: true });
  });

  it('given someone not involved, when asked, then nothing is offered', () => {
    const actions = requestActions(
      request({ tasks: [task('manager', '部门经理审批', wang)] }),
      employee(zhao),
    );

    expect(actions).toEqual({
      task: null,
      removableSigners: [],
      recall: null,
      urge: false,
      cc: false,
      admin: false,
      waiting: null,
    });
  });

  it('given a finished request, when anyone asks, then no action is offered', () => {
    const tasks = [task('manager', '部门经理审批', wang, { status: 'approved', decidedAt: 'x' })];
    const done = request({ status: 'completed', tasks });

    expect(requestActions(done, employee(chen))).toMatchObject({ urge: false, cc: false });
    expect(requestActions(done, employee(wang)).recall).toBeNull();
    expect(requestActions(done, admin).admin).toBe(false);
  });

  it('given a decider, when asked, then their latest own decision may be recalled but not an automatic one', () => {
    const tasks = [
      task('manager', '部门经理审批', wang, {
        status: 'approved',
        decidedAt: '2026-03-02T02:00:00.000Z',
      }),
      task('finance', '财务审批', wang, {
        status: 'rejected',
        decidedAt: '2026-03-02T03:00:00.000Z',
      }),
      task('end', '结束', li, { status: 'approved', auto: 'timeout', decidedAt: 'z' }),
    ];

    expect(requestActions(request({ tasks }), employee(wang)).recall).toEqual({
      taskId: 'task-finance-wang.fang',
      stepName: '财务审批',
    });
    expect(requestActions(request({ tasks }), employee(li)).recall).toBeNull();
  });

  it('given signers added by the viewer and by someone else, when asked, then only theirs may be removed; an admin any', () => {
    const tasks = [
      task('manager', '部门经理审批', wang, { status: 'waiting', blockedBy: ['a', 'b'] }),
      { ...task('manager', '部门经理审批', li, { originKind: 'addBefore' }), id: 'a' },
      { ...task('manager', '部门经理审批', zhao, { originKind: 'addBefore' }), id: 'b' },
      { ...task('manager', '部门经理审批', chen, { originKind: 'addAfter' }), id: 'c' },
    ];
    const timeline = [
      event('task.signer-added', wang, { newTaskIds: ['a', 'b'], position: 'before' }),
      event('task.signer-added', li, { newTaskIds: ['c'], position: 'after' }),
    ];
    const view = request({ tasks, timeline });

    expect(requestActions(view, employee(wang)).removableSigners).toEqual([
      { taskId: 'a', name: '李娜' },
      { taskId: 'b', name: '赵敏' },
    ]);
    expect(requestActions(view, admin).removableSigners.map((signer) => signer.taskId)).toEqual([
      'a',
      'b',
      'c',
    ]);
  });

  it('given the viewer’s task waits for added signers, when asked, then it names whom it waits for', () => {
    const tasks = [
      task('manager', '部门经理审批', wang, { status: 'waiting', blockedBy: ['a', 'b'] }),
      { ...task('manager', '部门经理审批', li), id: 'a' },
      { ...task('manager', '部门经理审批', zhao, { status: 'approved' }), id: 'b' },
    ];

    expect(requestActions(request({ tasks }), employee(wang))).toMatchObject({
      task: null,
      waiting: { stepName: '部门经理审批', blockers: ['李娜'] },
    });
  });

  it('given a later turn in a sequential step, when asked, then it waits for its turn', () => {
    const tasks = [task('manager', '部门经理审批', wang, { status: 'waiting' })];

    expect(requestActions(request({ tasks }), employee(wang)).waiting).toEqual({
      stepName: '部门经理审批',
      blockers: [],
    });
  });

  it('given an admin, when asked about a running request, then the admin menu is offered', () => {
    expect(requestActions(request({}), admin).admin).toBe(true);
    expect(requestActions(request({}), employee(chen)).admin).toBe(false);
  });
});

describe('jumpTargets', () => {
  it('given a flow, when an admin jumps, then approval steps and ends are the targets', () => {
    expect(jumpTargets(baseRequest.flow).map((node) => node.id)).toEqual([
      'manager',
      'finance',
      'end',
    ]);
  });
});
