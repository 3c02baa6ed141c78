import { describe, expect, it } from 'vitest';
import { createOrgDirectory } from '../approvers/org-directory.ts';
import {
  approval,
  deepFreeze,
  Driver,
  sampleOrg,
  sampleOrgSource,
  sequence,
  testContext,
} from './testing.ts';

/** A department head step, then a finance role step: rules that read only the org. */
const bundle = sequence([
  approval('manager', [{ kind: 'departmentHead' }]),
  approval('finance', [{ kind: 'role', role: 'finance' }]),
]);

describe('steps whose rules read only the org, entered by many requests on one org', () => {
  it('staffs each request for its own initiator, with its own facts', () => {
    // given one org directory shared by two requests of different departments
    const org = sampleOrg();
    const east = new Driver(bundle, testContext(org));
    const finance = new Driver(bundle, testContext(org));

    // when chen.jie (east sales) and he.xin (finance) start one each
    east.start('chen.jie');
    finance.start('he.xin');

    // then each manager step went to the head of the initiator's own department
    expect(east.pending()).toEqual([['wang.fang', 'open']]);
    expect(finance.pending()).toEqual([['li.na', 'open']]);
    expect(east.event('step.entered')?.['facts']).toContain('chen.jie belongs to 华东销售部');
    expect(finance.event('step.entered')?.['facts']).toContain('he.xin belongs to 财务部');
  });

  it('staffs against the new org once the org changed (a new directory)', () => {
    // given a request entered while wang.fang heads east sales
    const before = new Driver(bundle, testContext(sampleOrg()));
    before.start('chen.jie');

    // when the head changes and a request starts on the directory built for the new org
    const source = sampleOrgSource();
    source.departments = source.departments.map((department) =>
      department.id === 'east-sales' ? { ...department, headId: 'liu.yang' } : department,
    );
    const after = new Driver(bundle, testContext(createOrgDirectory(source)));
    after.start('chen.jie');

    // then the new request goes to the new head, the old one stays with the old
    expect(before.pending()).toEqual([['wang.fang', 'open']]);
    expect(after.pending()).toEqual([['liu.yang', 'open']]);
  });

  it('records the same events for the same request, and never changes what it shares', () => {
    // given a first request run to completion, everything it returned frozen
    const org = sampleOrg();
    const first = new Driver(bundle, testContext(org));
    first.start('chen.jie');
    first.approve('wang.fang');
    first.approve('li.na');
    deepFreeze(first.decisions);

    // when the same request runs again on the same org (a mutation of anything shared throws)
    const second = new Driver(bundle, testContext(org));
    second.start('chen.jie');
    second.approve('wang.fang');
    second.approve('li.na');

    // then it records exactly the same events and ends in the same state
    expect(second.events).toEqual(first.events);
    expect(second.current).toEqual(first.current);
    expect(second.current.status).toBe('completed');
  });
});
