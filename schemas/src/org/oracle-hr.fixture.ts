import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/**
 * Oracle's HR sample schema (../shared/data/org/oracle-hr, MIT, see its README) as a Baton org
 * document, for tests: departments keep their heads (none where the source has none), jobs
 * become positions, e-mail names become usernames. Read from beside the checkout, never copied
 * into the repository; `null` where the shared data is absent. @internal
 */
export function oracleHrOrg(): { folder: string; org: unknown } {
  const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
  const folder = path.resolve(repoRoot, '../shared/data/org/oracle-hr');
  const file = path.join(folder, 'hr-derived.json');
  if (!existsSync(file)) return { folder, org: null };
  const source = HrSource.parse(JSON.parse(readFileSync(file, 'utf8')));
  const id = (prefix: string, value: number | null) =>
    value === null ? null : `${prefix}${value}`;

  return {
    folder,
    org: {
      schemaVersion: 1,
      name: 'Oracle HR sample',
      departments: source.departments.map((department) => ({
        id: `d${department.department_id}`,
        name: department.department_name,
        parentId: null,
        headId: id('e', department.manager_id),
      })),
      users: source.employees.map((employee) => ({
        id: `e${employee.employee_id}`,
        username: employee.email.toLowerCase(),
        name: `${employee.first_name} ${employee.last_name}`,
        departmentId: id('d', employee.department_id),
        supervisorId: id('e', employee.manager_id),
        roles: [],
        positions: [employee.job_id.toLowerCase()],
      })),
      roles: [],
      positions: source.jobs.map((job) => ({
        key: job.job_id.toLowerCase(),
        name: { 'zh-CN': job.job_title, en: job.job_title },
      })),
    },
  };
}

/** The parts of the shared file the fixture reads, parsed rather than cast. */
const HrSource = z.object({
  departments: z.array(
    z.object({
      department_id: z.number(),
      department_name: z.string(),
      manager_id: z.number().nullable(),
    }),
  ),
  employees: z.array(
    z.object({
      employee_id: z.number(),
      first_name: z.string(),
      last_name: z.string(),
      email: z.string(),
      job_id: z.string(),
      manager_id: z.number().nullable(),
      department_id: z.number().nullable(),
    }),
  ),
  jobs: z.array(z.object({ job_id: z.string(), job_title: z.string() })),
});
