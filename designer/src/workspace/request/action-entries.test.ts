import { describe, expect, it } from 'vitest';
import { event, people, task, textsOf, timelineOf } from './timeline.fixture.ts';

const { chen, wang, li, zhao, liu, zhou } = people;

describe('timeline lines of the runtime actions', () => {
  it('given a transfer with a comment, when told, then it names both people, the step and keeps the comment', () => {
    const entry = event('task.transferred', wang, {
      taskId: 't1',
      newTaskId: 't2',
      nodeId: 'manager',
      fromUserId: 'wang.fang',
      toUserId: 'li.na',
      kind: 'transfer',
      comment: '我出差，请李娜处理',
    });

    expect(timelineOf({ timeline: [entry] }, 'en')[0]).toMatchObject({
      text: '王芳 transferred the task to li.na (Manager approval)',
      comment: '我出差，请李娜处理',
    });
    expect(textsOf(entry, { tasks: [task('manager', '部门经理审批', li)] }).zh).toBe(
      '王芳 将任务转交给 李娜（部门经理审批）',
    );
  });

  it('given a reassignment, an escalation and a handover, when told, then each says how the task moved', () => {
    const data = { nodeId: 'finance', fromUserId: 'li.na', toUserId: 'huang.lei' };
    const timeline = [
      event('task.transferred', zhou, { ...data, kind: 'reassign', reason: '李娜休假' }),
      event('task.transferred', null, { ...data, kind: 'escalate' }),
      event('task.transferred', zhou, { ...data, kind: 'handover', reason: '离职交接' }),
    ];
    const tasks = [task('finance', '财务审批', li, { status: 'cancelled' })];

    expect(
      timelineOf({ timeline, tasks }, 'en').map(({ text, comment }) => [text, comment]),
    ).toEqual([
      ['周宇 reassigned 李娜’s task to 黄磊 (Finance approval)', '李娜休假'],
      ['李娜 did not act in time; the task was escalated to 黄磊 (Finance approval)', undefined],
      ['周宇 handed 李娜’s task over to 黄磊 (Finance approval)', '离职交接'],
    ]);
    expect(timelineOf({ timeline, tasks })[1]?.text).toBe(
      '李娜 超时未处理，任务已升级给 黄磊（财务审批）',
    );
  });

  it('given a delegation, when told, then it says the task comes back to the delegator', () => {
    const entry = event('task.delegated', li, {
      taskId: 'task-finance-li.na',
      toUserId: 'xu.jing',
    });

    expect(textsOf(entry, { tasks: [task('finance', '财务审批', li)] })).toEqual({
      zh: '李娜 委派 徐静 先处理，之后任务回到 李娜（财务审批）',
      en: '李娜 asked 徐静 to act first; the task then comes back to 李娜 (Finance approval)',
    });
  });

  it('given signers added at each position and one removed, when told, then the position and names read in words', () => {
    const added = (position: string) =>
      event('task.signer-added', wang, {
        nodeId: 'manager',
        userIds: ['li.na', 'zhao.min'],
        newTaskIds: ['a', 'b'],
        position,
      });
    const closed = { status: 'cancelled' } as const;
    const tasks = [
      task('manager', '部门经理审批', li, closed),
      task('manager', '部门经理审批', zhao, closed),
    ];
    const timeline = [
      added('before'),
      added('after'),
      added('alongside'),
      event('task.signer-removed', wang, {
        nodeId: 'manager',
        userId: 'zhao.min',
        comment: '不需要',
      }),
    ];

    expect(timelineOf({ timeline, tasks }, 'en').map((line) => line.text)).toEqual([
      '王芳 added 李娜 and 赵敏 to approve before them (Manager approval)',
      '王芳 added 李娜 and 赵敏 to approve after them (Manager approval)',
      '王芳 added 李娜 and 赵敏 to approve alongside them (Manager approval)',
      '王芳 removed the added signer 赵敏 (Manager approval)',
    ]);
    expect(timelineOf({ timeline, tasks })[0]?.text).toBe(
      '王芳 加签 李娜、赵敏，在自己之前审批（部门经理审批）',
    );
  });

  it('given a return to the initiator and one to an earlier step, when told, then each names where it went', () => {
    const toInitiator = event('instance.returned', li, {
      returned: true,
      to: 'initiator',
      nodeId: 'finance',
      comment: '请补发票',
    });
    const toStep = event('step.returned-to', li, {
      fromNodeId: 'finance',
      toNodeId: 'manager',
      round: 1,
      comment: '请经理复核',
    });

    expect(timelineOf({ timeline: [toInitiator, toStep] }, 'en')).toMatchObject([
      {
        text: '李娜 returned the request to the initiator for changes (Finance approval)',
        comment: '请补发票',
        tone: 'orange',
      },
      { text: '李娜 sent the request back from “Finance approval” to “Manager approval”' },
    ]);
    expect(textsOf(toStep).zh).toBe('李娜 将申请从“财务审批”退回到“部门经理审批”');
  });

  it('given a return caused by a rejection, when told, then the rejection alone tells it', () => {
    // The rejection's own line says it went back to the initiator.
    const timeline = [event('instance.returned', null, { nodeId: 'finance' })];

    expect(timelineOf({ timeline })).toEqual([]);
  });

  it('given a recalled approval and a recalled rejection, when told, then each says which decision was undone', () => {
    const tasks = [task('manager', '部门经理审批', wang, { status: 'approved' })];
    const recall = (undone: string) =>
      event('task.recalled', wang, {
        taskId: 'task-manager-wang.fang',
        undone,
        cancelledStepIds: [],
      });

    expect(
      timelineOf({ timeline: [recall('approved'), recall('rejected')], tasks }, 'en').map(
        (l) => l.text,
      ),
    ).toEqual([
      '王芳 recalled their approval (Manager approval)',
      '王芳 recalled their rejection (Manager approval)',
    ]);
  });

  it('given an ad hoc copy, when told, then it names who copied whom; a CC node still counts', () => {
    const adHoc = event('cc.sent', chen, {
      adHoc: true,
      recipientIds: ['huang.lei', 'xu.jing'],
      comment: '供参考',
    });
    const byNode = event('cc.sent', null, { recipientIds: ['huang.lei'] });

    expect(timelineOf({ timeline: [adHoc, byNode] })).toMatchObject([
      { text: '陈杰 抄送给 黄磊、徐静', comment: '供参考' },
      { text: '抄送给 1 人' },
    ]);
    expect(textsOf(adHoc).en).toBe('陈杰 copied 黄磊 and 徐静');
  });

  it('given an urge, when told, then it names the approvers reminded', () => {
    const tasks = [task('manager', '部门经理审批', wang)];
    const entry = event('instance.urged', chen, { assigneeIds: ['wang.fang'] });

    expect(textsOf(entry, { tasks })).toEqual({ zh: '陈杰 催办了 王芳', en: '陈杰 urged 王芳' });
    expect(textsOf(event('instance.urged', chen, {})).en).toBe('陈杰 urged the request');
  });

  it('given a reminder and timeouts, when told, then they count reminders and say what the timeout did', () => {
    const tasks = [task('finance', '财务审批', li, { status: 'approved' })];
    const data = { taskId: 'task-finance-li.na', assigneeId: 'li.na' };
    const timeline = [
      event('task.reminded', null, { ...data, n: 1, of: 3 }),
      event('task.timed-out', null, { ...data, action: 'approve' }),
      event('task.timed-out', null, { ...data, action: 'reject' }),
      event('task.timed-out', null, { ...data, action: 'escalate' }),
    ];

    expect(timelineOf({ timeline, tasks }, 'en').map(({ text, tone }) => [text, tone])).toEqual([
      ['Reminded 李娜 (1 of 3, Finance approval)', 'gray'],
      ['李娜 did not act in time: approved automatically (Finance approval)', 'green'],
      ['李娜 did not act in time: rejected automatically (Finance approval)', 'red'],
      ['李娜 did not act in time; the step escalates the task (Finance approval)', 'orange'],
    ]);
    expect(timelineOf({ timeline, tasks })[0]?.text).toBe(
      '已提醒 李娜 处理（第 1 次，共 3 次，财务审批）',
    );
  });

  it('given an escalation that found nobody, when told, then it says the task stays and why in words', () => {
    const tasks = [task('finance', '财务审批', li)];
    const failed = (reason: string, userId?: string) =>
      event('task.escalation-failed', null, {
        taskId: 'task-finance-li.na',
        assigneeId: 'li.na',
        reason,
        ...(userId ? { userId } : {}),
      });
    const timeline = [failed('no-supervisor'), failed('disabled', 'xu.jing'), failed('odd')];

    expect(
      timelineOf({ timeline, tasks }, 'en')
        .slice(0, 3)
        .map((line) => line.text),
    ).toEqual([
      'Finance approval: the task could not be escalated (李娜 has no supervisor) and stays with 李娜',
      'Finance approval: the task could not be escalated (徐静 is disabled) and stays with 李娜',
      'Finance approval: the task could not be escalated (odd) and stays with 李娜',
    ]);
    expect(timelineOf({ timeline, tasks })[0]?.text).toBe(
      '财务审批：无法升级（李娜 没有上级），任务仍由 李娜 处理',
    );
  });

  it('given a task reopened by a recall, when told, then it says whose task is open again', () => {
    const tasks = [task('manager', '部门经理审批', wang)];
    const entry = event('task.reopened', null, {
      taskId: 'task-manager-wang.fang',
      status: 'open',
      reason: 'recalled',
    });

    expect(textsOf(entry, { tasks })).toEqual({
      zh: '部门经理审批：撤销后 王芳 的任务重新打开',
      en: 'Manager approval: 王芳’s task is open again after the recall',
    });
  });

  it('given a termination and a jump by an admin, when told, then the reason is the comment', () => {
    const timeline = [
      event('instance.jumped', zhou, {
        nodeId: 'finance',
        reason: '经理离职',
        fromNodeIds: ['manager'],
      }),
      event('instance.terminated', zhou, { reason: '重复提交' }),
    ];

    expect(timelineOf({ timeline }, 'en')).toMatchObject([
      {
        text: '周宇 moved the request to “Finance approval”',
        comment: '经理离职',
        details: ['It was at: Manager approval'],
      },
      { text: '周宇 terminated the request', comment: '重复提交', tone: 'red' },
    ]);
    expect(timelineOf({ timeline })[1]?.text).toBe('周宇 终止了申请');
  });

  it('given a delay started, ended and skipped, when told, then the end time shows formatted', () => {
    const timeline = [
      event('delay.started', null, {
        nodeId: 'wait',
        tokenId: 'k',
        until: '2026-03-05T01:00:00.000Z',
      }),
      event('delay.ended', null, { nodeId: 'wait', tokenId: 'k' }),
      event('delay.skipped', null, { nodeId: 'wait', reason: 'past' }),
      event('delay.skipped', null, { nodeId: 'wait', reason: 'empty' }),
    ];

    expect(timelineOf({ timeline }, 'en').map((line) => line.text)).toEqual([
      'Wait for payday: waiting until <2026-03-05T01:00:00.000Z>',
      'Wait for payday: the wait is over; the request moves on',
      'Wait for payday: the time had already passed; no wait',
      'Wait for payday: the form has no date for it; no wait',
    ]);
    expect(timelineOf({ timeline })[0]?.text).toBe('等待付款日：等待至 <2026-03-05T01:00:00.000Z>');
  });

  it('given a delegation applied along a chain that loops, when told, then the chain and the stop show', () => {
    const entry = event('delegation.applied', null, {
      taskId: 'task-manager-liu.yang',
      nodeId: 'manager',
      forUserId: 'wang.fang',
      toUserId: 'liu.yang',
      chain: ['wang.fang', 'liu.yang', 'huang.lei'],
      stop: 'loop',
    });
    const tasks = [task('manager', '部门经理审批', liu)];
    const [line] = timelineOf({ timeline: [entry], tasks }, 'en');

    expect(line?.text).toBe(
      'wang.fang is out of office: 刘洋 handles the task on their behalf (Manager approval)',
    );
    expect(line?.details).toEqual([
      'Delegation chain: wang.fang → 刘洋 → 黄磊',
      'The delegations loop back, so the task stays with 刘洋',
    ]);
  });

  it('given a decision by a delegate, when told, then it reads as on behalf of the absent approver', () => {
    const tasks = [task('manager', '部门经理审批', wang, { status: 'cancelled' })];
    const timeline = [event('task.approved', liu, { nodeId: 'manager', onBehalfOf: 'wang.fang' })];

    expect(timelineOf({ timeline, tasks }).map((line) => line.text)).toEqual([
      '刘洋（代 王芳） 同意（部门经理审批）',
    ]);
    expect(timelineOf({ timeline, tasks }, 'en')[0]?.text).toBe(
      '刘洋 on behalf of 王芳 approved (Manager approval)',
    );
  });

  it('given a task given to a delegate, when assigned, then the assignee reads on behalf of the absent approver', () => {
    const tasks = [task('manager', '部门经理审批', liu, { onBehalfOf: wang, status: 'cancelled' })];
    const timeline = [
      event('task.created', null, { taskId: 'task-manager-liu.yang', nodeId: 'manager' }),
    ];

    expect(timelineOf({ timeline, tasks }, 'en')[0]?.text).toBe(
      'Manager approval: assigned to 刘洋 on behalf of 王芳',
    );
  });

  it('given an open task held on behalf of someone, when waiting, then the waiting line says so', () => {
    const tasks = [task('manager', '部门经理审批', liu, { onBehalfOf: wang })];

    expect(timelineOf({ tasks }, 'en').at(-1)?.text).toBe(
      'Waiting for 刘洋 on behalf of 王芳 (部门经理审批)',
    );
  });
});
