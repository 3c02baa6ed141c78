import { describe, expect, it } from 'vitest';
import { user } from '../../core/testing.ts';
import { resolveApprovers } from '../resolve.ts';
import { disable, richOrg } from '../testing.ts';

const org = richOrg();

describe('departmentHead of the initiator', () => {
  it('given a department without a head, when climbIfEmpty is off, then nobody is chosen', () => {
    const result = resolveApprovers({ kind: 'departmentHead' }, { initiatorId: 'ops.kai', org });

    expect(result.userIds).toEqual([]);
    expect(result.facts).toEqual(['ops.kai belongs to 运维组', '运维组 has no head']);
    expect(result.reason).toBe('head of 运维组: nobody eligible (运维组 has no head)');
  });

  it('given empty departments, when climbIfEmpty is on, then the first head up is chosen', () => {
    const result = resolveApprovers(
      { kind: 'departmentHead', climbIfEmpty: true },
      { initiatorId: 'ops.kai', org },
    );

    expect(result.userIds).toEqual(['zhao.min']);
    expect(result.reason).toBe('head of 总部');
    expect(result.facts).toEqual([
      'ops.kai belongs to 运维组',
      '运维组 has no head',
      '信息技术部 is the parent department of 运维组',
      '信息技术部 has no head',
      '总部 is the parent department of 信息技术部',
      'zhao.min is head of 总部',
    ]);
  });

  it('given a disabled head, when climbIfEmpty is on, then the walk goes on to the parent', () => {
    const disabled = richOrg((source) => disable(source, 'wang.fang'));

    const result = resolveApprovers(
      { kind: 'departmentHead', climbIfEmpty: true },
      { initiatorId: 'chen.jie', org: disabled },
    );

    expect(result.userIds).toEqual(['zhao.min']);
    expect(result.facts).toContain('wang.fang is disabled and was skipped');
  });

  it('given a disabled head, when climbIfEmpty is off, then the head is never assigned', () => {
    const disabled = richOrg((source) => disable(source, 'wang.fang'));

    const result = resolveApprovers(
      { kind: 'departmentHead' },
      { initiatorId: 'chen.jie', org: disabled },
    );

    expect(result.userIds).toEqual([]);
    expect(result.facts.at(-1)).toBe('wang.fang is disabled and was skipped');
  });

  it('given up: 1, then the head of the parent department is chosen', () => {
    const result = resolveApprovers(
      { kind: 'departmentHead', up: 1 },
      { initiatorId: 'chen.jie', org },
    );

    expect(result.userIds).toEqual(['zhao.min']);
    expect(result.facts).toContain('总部 is the parent department of 华东销售部');
  });

  it('given up beyond the top, then nobody is chosen and the top is named', () => {
    const result = resolveApprovers(
      { kind: 'departmentHead', up: 5 },
      { initiatorId: 'chen.jie', org },
    );

    expect(result.userIds).toEqual([]);
    expect(result.facts.at(-1)).toBe('总部 has no parent department');
  });

  it('given a user without a department, then nobody is chosen with that fact', () => {
    const homeless = richOrg((source) => source.users.push(user('wu.lei', null, 'zhao.min')));

    const result = resolveApprovers(
      { kind: 'departmentHead', climbIfEmpty: true },
      { initiatorId: 'wu.lei', org: homeless },
    );

    expect(result.userIds).toEqual([]);
    expect(result.facts).toEqual(['wu.lei has no department']);
  });

  it('given a department parent cycle, then climbing stops in bounded time, naming it', () => {
    const cyclic = richOrg((source) => {
      source.departments.push(
        { id: 'a', name: 'A部', parentId: 'b', headId: null },
        { id: 'b', name: 'B部', parentId: 'a', headId: null },
      );
      source.users.push(user('in.a', 'a', null));
    });

    const result = resolveApprovers(
      { kind: 'departmentHead', climbIfEmpty: true, up: 15 },
      { initiatorId: 'in.a', org: cyclic },
    );

    expect(result.userIds).toEqual([]);
    expect(result.facts.at(-1)).toBe('department cycle A部 → B部 → A部: the walk stops');
  });
});

describe('departmentHead of a department form field', () => {
  it('chooses the head of the department in the field', () => {
    const result = resolveApprovers(
      { kind: 'departmentHead', field: 'dept' },
      { initiatorId: 'chen.jie', org, values: { dept: 'finance' } },
    );

    expect(result.userIds).toEqual(['li.na']);
    expect(result.facts).toEqual(['form field dept names 财务部', 'li.na is head of 财务部']);
  });

  it('records an empty field and an unknown department', () => {
    const empty = resolveApprovers(
      { kind: 'departmentHead', field: 'dept' },
      { initiatorId: 'chen.jie', org, values: {} },
    );
    const unknown = resolveApprovers(
      { kind: 'departmentHead', field: 'dept' },
      { initiatorId: 'chen.jie', org, values: { dept: 'mars' } },
    );

    expect(empty.facts).toEqual(['form field dept is empty']);
    expect(empty.reason).toBe(
      'head of the department in form field dept: nobody eligible (form field dept is empty)',
    );
    expect(unknown.facts).toEqual(['department mars does not exist']);
  });
});
