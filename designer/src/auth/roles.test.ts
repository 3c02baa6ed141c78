import { describe, expect, it } from 'vitest';
import { FLOW_DESIGNER_ROLES, hasAnyRole } from './roles.ts';

describe('hasAnyRole', () => {
  it('given a process owner, when asked about designer roles, then they may design flows', () => {
    expect(hasAnyRole({ roles: ['process_owner'] }, FLOW_DESIGNER_ROLES)).toBe(true);
    expect(hasAnyRole({ roles: ['finance', 'admin'] }, FLOW_DESIGNER_ROLES)).toBe(true);
  });

  it('given only business roles, when asked about designer roles, then they may not', () => {
    expect(hasAnyRole({ roles: ['finance', 'executive'] }, FLOW_DESIGNER_ROLES)).toBe(false);
    expect(hasAnyRole({ roles: [] }, FLOW_DESIGNER_ROLES)).toBe(false);
  });
});
