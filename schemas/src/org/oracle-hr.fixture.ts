import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

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
  const source = JSON.parse(readFileSync(file, 'utf8')) as HrSource;
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

type HrSource = {
  departments: Array<{ department_id: number; department_name: string; manager_id: number | null }>;
  employees: Array<{
    employee_id: number;
    first_name: string;
    last_name: string;
    email: string;
    job_id: string;
    manager_id: number | null;
    department_id: number | null;
  }>;
  jobs: Array<{ job_id: string; job_title: string }>;
};
