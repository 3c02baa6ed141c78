import type { FlowBundle } from '@baton/schemas';
import { expenseTemplate } from '@baton/templates';
import { describe, expect, it } from 'vitest';
import { accessOf, involvedNodes, type AccessSubject } from './viewer-access.ts';

/** The expense flow: the manager may not see the description, the CC node `copyFinance` the amount. */
const bundle: FlowBundle = {
  ...expenseTemplate.bundle,
  flow: {
    ...expenseTemplate.bundle.flow,
    fieldAccess: { manager: { description: 'hidden' }, copyFinance: { amount: 'hidden' } },
  },
};

const subject: AccessSubject = {
  bundle,
  state: {
    initiatorId: 'u-chen',
    tasks: [
      { nodeId: 'manager', assigneeId: 'u-wang' },
      { nodeId: 'finance', assigneeId: 'u-deputy', onBehalfOf: 'u-li' },
    ],
  },
};

const user = (id: string, roles: string[] = []) => ({ id, roles });

describe('what a viewer may read of a request', () => {
  it('widens over every node the viewer is involved at', () => {
    expect(involvedNodes(subject, 'u-chen', [])).toEqual(['start']);
    expect(involvedNodes(subject, 'u-li', [])).toEqual(['finance']);
    expect(involvedNodes(subject, 'u-deputy', [])).toEqual(['finance']);
    expect(accessOf(subject, user('u-wang'), [])).toMatchObject({
      description: 'hidden',
      amount: 'read',
    });
    expect(accessOf(subject, user('u-chen'), [])).toMatchObject({
      description: 'read',
      amount: 'read',
    });
  });

  it('gives a copied person the CC node, or what the person who copied them saw', () => {
    const byNode = [{ nodeId: 'copyFinance', byUserId: null }];
    const byManager = [{ nodeId: null, byUserId: 'u-wang' }];

    expect(accessOf(subject, user('u-zhao'), byNode)).toMatchObject({
      amount: 'hidden',
      description: 'read',
    });
    expect(accessOf(subject, user('u-zhao'), byManager)).toMatchObject({ description: 'hidden' });
  });

  it('hides every field from someone involved nowhere, and none from admins', () => {
    const outsider = accessOf(subject, user('u-x'), []);
    const admin = accessOf(subject, user('u-x', ['admin']), []);

    expect(new Set(Object.values(outsider))).toEqual(new Set(['hidden']));
    expect(new Set(Object.values(admin))).toEqual(new Set(['read']));
  });
});
