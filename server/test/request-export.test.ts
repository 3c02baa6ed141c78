import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from './support/api.ts';
import { matrixValues, withPermissionMatrix } from './support/permission-form.ts';
import { startTestApp, testDatabases, type TestApp } from './support/test-app.ts';
import { publishExpenseVariant } from './support/variants.ts';

const FLOW = 'exported';
const TRICKY = '=cmd|\' /C calc\'!A0, "quoted"\nsecond line';

/** The rows of an RFC 4180 document (quoted cells may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (quoted && char === '"' && text[index + 1] === '"') {
      cell += '"';
      index += 1;
    } else if (char === '"') quoted = !quoted;
    else if (!quoted && char === ',') {
      row.push(cell);
      cell = '';
    } else if (!quoted && char === '\r' && text[index + 1] === '\n') {
      rows.push([...row, cell]);
      [row, cell] = [[], ''];
      index += 1;
    } else cell += char;
  }

  return rows;
}

describe.each(testDatabases())('request export and search on $name', (factory) => {
  let server: TestApp;
  let employee: ApiClient;
  let manager: ApiClient;
  let employeeRequest = '';
  let managerRequest = '';

  beforeAll(async () => {
    server = await startTestApp(factory);
    await publishExpenseVariant(await server.signedIn('sun.hao'), FLOW, withPermissionMatrix);
    employee = await server.signedIn('chen.jie');
    manager = await server.signedIn('wang.fang');
    manager.headers = { 'accept-language': 'en' };
    const values = { ...matrixValues('unused'), receipt: [] };
    ({ id: employeeRequest } = await employee.mutate('instances.start', {
      flowKey: FLOW,
      values: { ...values, description: TRICKY },
    }));
    ({ id: managerRequest } = await manager.mutate('instances.start', {
      flowKey: FLOW,
      values: {
        ...values,
        secretNote: 'own note',
        amount: '120.50',
        items: [],
        itemsTotal: '0.00',
      },
    }));
  });
  afterAll(async () => {
    await server?.close();
  });

  it('exports what the caller may read, a cell empty where the field is hidden on that row', async () => {
    const { filename, csv } = await manager.query('instances.export', { flowKey: FLOW });
    const [header = [], ...rows] = parseCsv(csv.replace(/^\uFEFF/, ''));
    const cell = (requestId: string, column: string) =>
      rows.find((row) => row[0] === requestId)?.[header.indexOf(column)];

    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(filename).toMatch(/^exported-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(header.slice(0, 6)).toEqual([
      'ID',
      'Title',
      'Status',
      'Initiator',
      'Submitted at',
      'Ended at',
    ]);
    expect(header).toEqual(expect.arrayContaining(['Amount', 'Internal note', 'Line items']));
    expect(cell(managerRequest, 'Internal note')).toBe('own note');
    expect(cell(employeeRequest, 'Internal note')).toBe('');
    expect(cell(employeeRequest, 'Amount')).toBe('');
    expect(cell(managerRequest, 'Amount')).toBe('120.50');
    expect(cell(employeeRequest, 'Description')).toBe(`'${TRICKY}`);
    expect(cell(employeeRequest, 'Cost centre')).toBe('CC-1001 East Sales');
    expect(cell(employeeRequest, 'Status')).toBe('in approval');
  });

  it('writes a line-item table as a line per row with its money exact', async () => {
    employee.headers = { 'accept-language': 'zh-CN' };

    const { csv } = await employee.query('instances.export', { flowKey: FLOW });
    const [header = [], ...rows] = parseCsv(csv.replace(/^\uFEFF/, ''));
    const row = rows.find((candidate) => candidate[0] === employeeRequest) ?? [];

    expect(row[header.indexOf('费用明细')]).toBe('费用项目: Hotel；金额: 8765.43');
    expect(row[header.indexOf('报销金额')]).toBe('8765.43');
    expect(rows.map((candidate) => candidate[0])).toEqual([employeeRequest]);
  });

  it('refuses an export of a flow that does not exist', async () => {
    const refused = await manager.refusal(() =>
      manager.query('instances.export', { flowKey: 'no-such-flow' }),
    );

    expect(refused).toMatchObject({ status: 404, code: 'flow.not-found' });
  });

  it('searches titles and visible values, case-insensitive, with filters', async () => {
    const byText = await manager.query('instances.search', { q: 'OWN NOTE' });
    const byTitle = await employee.query('instances.search', { q: '陈杰' });
    const running = await manager.query('instances.search', { status: 'completed' });
    const limited = await manager.query('instances.search', { flowKey: FLOW, limit: 1 });

    expect(byText.map((hit) => hit.id)).toEqual([managerRequest]);
    expect(byTitle.map((hit) => hit.id)).toEqual([employeeRequest]);
    expect(running).toEqual([]);
    expect(limited.map((hit) => hit.id)).toEqual([managerRequest]);
  });
});
