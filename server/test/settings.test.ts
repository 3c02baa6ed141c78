import { DEFAULT_BUSINESS_CALENDAR } from '@baton/schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from './support/api.ts';
import { startTestApp, testDatabases, type TestApp } from './support/test-app.ts';

describe.each(testDatabases())('the business calendar through the API on $name', (factory) => {
  let server: TestApp;
  let employee: ApiClient;
  let admin: ApiClient;

  beforeAll(async () => {
    server = await startTestApp(factory);
    employee = await server.signedIn('chen.jie');
    admin = await server.signedIn('zhou.yu');
  });
  afterAll(async () => {
    await server?.close();
  });

  it('refuses a calendar with an unknown time zone, keeping the stored one', async () => {
    const before = await employee.query('settings.calendar');

    const refused = await admin.refusal(() =>
      admin.mutate('settings.replaceCalendar', {
        calendar: { ...DEFAULT_BUSINESS_CALENDAR, timeZone: 'Mars/Olympus_Mons' },
      }),
    );

    expect(before).toEqual(DEFAULT_BUSINESS_CALENDAR);
    expect(refused).toMatchObject({ status: 400, code: 'storage.calendar-invalid' });
    expect(refused.issues.map((issue) => issue.path)).toEqual([['timeZone']]);
    expect(await employee.query('settings.calendar')).toEqual(DEFAULT_BUSINESS_CALENDAR);
  });

  it('lets an admin replace the calendar, and nobody else', async () => {
    const calendar = {
      ...DEFAULT_BUSINESS_CALENDAR,
      timeZone: 'Europe/Berlin',
      holidays: ['2026-10-01'],
    };

    const refused = await employee.refusal(() =>
      employee.mutate('settings.replaceCalendar', { calendar }),
    );
    const saved = await admin.mutate('settings.replaceCalendar', { calendar });

    expect(refused).toMatchObject({ status: 403, code: 'auth.forbidden' });
    expect(saved).toEqual(calendar);
    expect(await employee.query('settings.calendar')).toEqual(calendar);
  });
});
