import { z } from 'zod';

export const ORG_SCHEMA_VERSION = 1;

export const Department = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  parentId: z.string().nullable(),
  /** The department head; `null` where the department has none. */
  headId: z.string().nullable(),
});
export type Department = z.infer<typeof Department>;

export const OrgUser = z.object({
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
});
export type OrgUser = z.infer<typeof OrgUser>;

export const Role = z.object({
  key: z.string().regex(/^[a-z][a-z0-9_-]*$/),
  name: z.object({ 'zh-CN': z.string(), en: z.string() }),
});
export type Role = z.infer<typeof Role>;

/** A whole organization as imported, seeded or exported. */
export const Org = z.object({
  schemaVersion: z.literal(ORG_SCHEMA_VERSION),
  name: z.string(),
  departments: z.array(Department),
  users: z.array(OrgUser),
  roles: z.array(Role),
});
export type Org = z.infer<typeof Org>;
