import { checkFlow } from '@baton/schemas';
import { describe, expect, it } from 'vitest';
import { templates } from './catalogue.ts';
import { demoOrg } from './demo-org.ts';

describe.each(templates.map((template) => [template.key, template] as const))(
  'template %s under the checker',
  (_key, template) => {
    it('has no errors against the demo org', () => {
      const issues = checkFlow(template.bundle, { org: demoOrg });
      expect(issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    });

    it('has no warnings against the demo org either', () => {
      expect(checkFlow(template.bundle, { org: demoOrg })).toEqual([]);
    });

    it('has no errors without an org', () => {
      const issues = checkFlow(template.bundle);
      expect(issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    });
  },
);
