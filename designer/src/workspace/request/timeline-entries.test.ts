import { describe, expect, it } from 'vitest';
import { event, people, task, textsOf, timelineOf as lines } from './timeline.fixture.ts';

const { chen, wang, li, zhao } = people;

describe('timelineLines', () => {
  it('given a step a flow admin took over, when told, then the stored reason shows in the UI language', () => {
    // Regression: a step no rule could staff went to the admin who started the request, and
    // nothing on the page said why.
    const reasonText = {
      'zh-CN': '找不到其他审批人，已转交流程管理员，该管理员同时是发起人',
      en: 'no other approver could be found; assigned to the flow admin, who is also the initiator',
    };
    const timeline = [
      event('step.entered', null, {
        nodeId: 'finance',
        fallback: true,
        reason: reasonText.en,
        reasonCode: 'fallback.initiator-admin',
        reasonText,
      }),
    ];

    expect(lines({ timeline })[0]).toMatchObject({
      text: '财务审批：找不到其他审批人，已转交流程管理员，该管理员同时是发起人',
      tone: 'orange',
    });
    expect(lines({ timeline }, 'en')[0]?.text).toBe(
      'Finance approval: no other approver could be found; assigned to the flow admin, who is also the initiator',
    );
  });

  it('given a fallback step stored before reasons had two languages, when told, then the English reason shows', () => {
    const timeline = [
      event('step.entered', null, { nodeId: 'finance', fallback: true, reason: 'routed' }),
    ];

    expect(lines({ timeline })[0]?.text).toBe('财务审批：routed');
  });

  it('given a start and an approval with a comment, when told, then each reads as a sentence with its tone', () => {
    const timeline = [
      event('instance.started', chen),
      event('task.approved', wang, { nodeId: 'manager', comment: '同意，请财务复核' }),
    ];

    expect(lines({ timeline }).map(({ text, tone, comment }) => ({ text, tone, comment }))).toEqual(
      [
        { text: '陈杰 发起了申请', tone: 'blue', comment: undefined },
        { text: '王芳 同意（部门经理审批）', tone: 'green', comment: '同意，请财务复核' },
      ],
    );
  });

  it('given an approver’s edits, when told, then the changed fields read by their labels, and without visible ones the line only says they edited', () => {
    const form = {
      schemaVersion: 1 as const,
      fields: [
        {
          key: 'note',
          type: 'textarea' as const,
          label: { 'zh-CN': '审批备注', en: 'Approver note' },
          required: false,
          validation: {},
        },
      ],
    };
    const edited = event('form.edited', wang, { nodeId: 'manager', fields: ['note'] });
    const hiddenOnly = event('form.edited', wang, { nodeId: 'manager', fields: [] });

    expect(textsOf(edited, { form })).toEqual({
      zh: '王芳 修改了审批备注（部门经理审批）',
      en: '王芳 edited Approver note (Manager approval)',
    });
    expect(textsOf(hiddenOnly, { form }).en).toBe('王芳 edited the request (Manager approval)');
  });

  it('given an event, when told, then its line keeps the event time and a key from its sequence', () => {
    const started = event('instance.started', chen);
    const [line] = lines({ timeline: [started] });

    expect(line?.key).toBe(`event-${started.seq}`);
    expect(line?.at).toBe(started.at);
  });

  it('given English, when told, then the sentences and step names are English', () => {
    const timeline = [event('task.approved', wang, { nodeId: 'manager' })];

    expect(lines({ timeline }, 'en')[0]?.text).toBe('王芳 approved (Manager approval)');
  });

  it('given events another line already tells, when told, then they are left out', () => {
    const timeline = [
      event('task.created', null, { nodeId: 'manager' }),
      event('step.entered', null, { nodeId: 'manager' }),
      event('instance.returned', null),
      event('parallel.split', null),
    ];

    expect(lines({ timeline })).toEqual([]);
  });

  it('given a rejection, when told, then where it sent the request decides the sentence', () => {
    const timeline = [
      event('task.rejected', li, { nodeId: 'finance', target: 'initiator', comment: '缺发票' }),
      event('task.rejected', li, { nodeId: 'finance', target: 'end', comment: '' }),
    ];

    expect(lines({ timeline }).map(({ text, tone, comment }) => ({ text, tone, comment }))).toEqual(
      [
        { text: '李娜 驳回，退回发起人修改（财务审批）', tone: 'red', comment: '缺发票' },
        { text: '李娜 驳回并结束了申请（财务审批）', tone: 'red', comment: undefined },
      ],
    );
  });

  it('given a rejection under a rejection share that did not decide the step, when told, then it only counts toward the share', () => {
    // Regression: such a rejection read "returned it to the initiator" while the step went on.
    const timeline = [
      event('task.rejected', li, { nodeId: 'finance', stepId: 's-1', stepRejected: false }),
    ];

    expect(lines({ timeline })[0]?.text).toBe('李娜 驳回（财务审批），计入驳回比例');
    expect(lines({ timeline }, 'en')[0]?.text).toBe(
      '李娜 rejected (Finance approval): counts toward the rejection share',
    );
  });

  it('given a branch taken, when told, then it names the step the edge leads to', () => {
    const timeline = [event('branch.taken', null, { edgeId: 'e2' })];

    expect(lines({ timeline })[0]?.text).toBe('条件分支选择了：财务审批');
  });

  it('given a branch edge the flow does not have, when told, then the event is left out', () => {
    expect(lines({ timeline: [event('branch.taken', null, { edgeId: 'gone' })] })).toEqual([]);
  });

  it('given a copy sent, when told, then it counts the recipients', () => {
    const timeline = [
      event('cc.sent', null, { recipientIds: ['li.na', 'zhao.min'] }),
      event('cc.sent', null, { recipientIds: 'li.na' }),
    ];

    expect(lines({ timeline }).map((line) => line.text)).toEqual(['抄送给 2 人', '抄送给 0 人']);
  });

  it('given a withdrawal with a reason, when told, then the reason is its comment', () => {
    const timeline = [event('instance.withdrawn', chen, { reason: '金额填错' })];

    expect(lines({ timeline })[0]).toMatchObject({
      text: '陈杰 撤回了申请',
      tone: 'gray',
      comment: '金额填错',
    });
  });

  it('given a resubmission, when told, then it says where the request went on from and why', () => {
    const form = {
      schemaVersion: 1 as const,
      fields: [
        {
          key: 'amount',
          type: 'money' as const,
          label: { 'zh-CN': '金额', en: 'Amount' },
          required: true,
          currency: 'CNY',
          validation: { decimals: 2 },
        },
      ],
    };
    const back = event('instance.resubmitted', chen, { from: 'step', nodeId: 'finance' });
    const over = event('instance.resubmitted', chen, {
      from: 'start',
      why: 'routing-changed',
      nodeId: 'finance',
      fields: ['amount'],
    });

    const [atStep, fromStart] = lines({ timeline: [back, over], form }, 'en');

    expect(atStep?.comment).toBe('It went straight back to Finance approval');
    expect(fromStart?.comment).toContain('Amount changed');

    const repicked = event('instance.resubmitted', chen, {
      from: 'start',
      why: 'picks-changed',
      nodeId: 'finance',
      steps: ['manager'],
    });
    expect(lines({ timeline: [repicked] }, 'en')[0]?.comment).toContain(
      'picked for Manager approval',
    );
  });

  it('given an event type it does not know and no actor, when told, then a generic line names the system and the type', () => {
    const timeline = [event('deadline.passed', null, { nodeId: 'finance' })];

    expect(lines({ timeline })[0]?.text).toBe('系统：deadline.passed');
  });

  it('given an approval at a step the flow lacks, when told, then the step id is shown', () => {
    const timeline = [event('task.approved', wang, { nodeId: 'legal' })];

    expect(lines({ timeline })[0]?.text).toBe('王芳 同意（legal）');
  });

  it('given open tasks at one step, when told, then one waiting line names every assignee last', () => {
    const tasks = [
      task('finance', '财务审批', li),
      task('finance', '财务审批', zhao),
      { ...task('manager', '部门经理审批', wang), status: 'approved' },
    ];
    const all = lines({ timeline: [event('instance.started', chen)], tasks });

    expect(all).toHaveLength(2);
    expect(all[1]).toEqual({
      key: 'waiting-finance',
      at: undefined,
      text: '等待 李娜、赵敏 处理（财务审批）',
      comment: undefined,
      tone: 'blue',
      pending: true,
    });
  });

  it('given open tasks at two parallel steps, when told, then each step has its own waiting line', () => {
    const tasks = [task('manager', '部门经理审批', wang), task('finance', '财务审批', li)];

    expect(lines({ tasks }).map((line) => line.key)).toEqual([
      'waiting-manager',
      'waiting-finance',
    ]);
  });

  it('given a returned request, when told, then the last line waits for the initiator to resubmit', () => {
    const all = lines({ status: 'returned', tasks: [task('finance', '财务审批', li)] }, 'en');

    expect(all).toEqual([
      {
        key: 'waiting-initiator',
        at: undefined,
        text: 'Waiting for 陈杰 to edit and resubmit',
        comment: undefined,
        tone: 'orange',
        pending: true,
      },
    ]);
  });

  it('given a completed request without open tasks, when told, then nothing is waiting', () => {
    const all = lines({ status: 'completed', timeline: [event('instance.completed', null)] });

    expect(all.map((line) => [line.text, line.tone])).toEqual([['审批通过，流程结束', 'green']]);
  });
});
