import { z } from 'zod';

export const ORG_SCHEMA_VERSION = 1;

export const Department = z.strictObject({
  id: z.string().min(1),
  name: z.string().min(1),
  parentId: z.string().nullable(),
  /** The department head; `null` where the department has none. */
  headId: z.string().nullable(),
});
export type Department = z.infer<typeof Department>;

export const OrgUser = z.strictObject({
  id: z.string().min(1),
  /** Sign-in name, unique, lower case. */
  username: z.string().regex(/^[a-z0-9._-]{2,40}$/),
  name: z.string().min(1),
  email: z.string().optional(),
  departmentId: z.string().nullable(),
  /** Direct supervisor; `null` at the top of the company. */
  supervisorId: z.string().nullable(),
  /** Role keys, e.g. `finance`, `executive`. */
  roles: z.array(z.string()),
  title: z.string().optional(),
  disabled: z.boolean().default(false),
  /** Position keys (岗位), e.g. `cashier`; approver rules can name a position. */
  positions: z.array(z.string()).default([]),
  /**
   * The largest amount (CNY, decimal string) this person may approve alone; a supervisor chain
   * can end at the first person whose limit covers the request. Absent: no limit set.
   */
  approvalLimit: z
    .string()
    .regex(/^\d{1,18}(\.\d{1,4})?$/, 'a decimal amount such as 50000.00')
    .optional(),
});
export type OrgUser = z.infer<typeof OrgUser>;

export const Role = z.strictObject({
  key: z.string().regex(/^[a-z][a-z0-9_-]*$/),
  name: z.strictObject({ 'zh-CN': z.string(), en: z.string() }),
});
export type Role = z.infer<typeof Role>;

export const Position = Role;
export type Position = z.infer<typeof Position>;

/** A named set of people chosen by hand, e.g. a budget committee. */
export const UserGroup = z.strictObject({
  key: z.string().regex(/^[a-z][a-z0-9_-]*$/),
  name: z.strictObject({ 'zh-CN': z.string(), en: z.string() }),
  memberIds: z.array(z.string().min(1)),
});
export type UserGroup = z.infer<typeof UserGroup>;

/** A whole organization as imported, seeded or exported. */
export const Org = z.strictObject({
  schemaVersion: z.literal(ORG_SCHEMA_VERSION),
  name: z.string(),
  departments: z.array(Department),
  users: z.array(OrgUser),
  roles: z.array(Role),
  positions: z.array(Position).default([]),
  groups: z.array(UserGroup).default([]),
});
export type Org = z.infer<typeof Org>;
