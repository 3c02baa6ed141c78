import {
  BusinessCalendar,
  checkBusinessCalendar,
  DEFAULT_BUSINESS_CALENDAR,
  hasErrors,
  type Locale,
} from '@baton/schemas';
import type { Kysely } from 'kysely';
import { storageError } from './errors.ts';
import { parseJsonColumn } from './json-column.ts';
import type { BatonDatabase } from './schema.ts';

type Db = Kysely<BatonDatabase>;

/** The settings key of the business calendar. */
export const CALENDAR_KEY = 'business-calendar';

/** The stored business calendar, or `DEFAULT_BUSINESS_CALENDAR` when none was saved. */
export async function loadBusinessCalendar(db: Db): Promise<BusinessCalendar> {
  const row = await db
    .selectFrom('settings')
    .select('value')
    .where('key', '=', CALENDAR_KEY)
    .executeTakeFirst();
  if (!row) return DEFAULT_BUSINESS_CALENDAR;

  return parseJsonColumn(BusinessCalendar, row.value, { table: 'settings', id: CALENDAR_KEY });
}

/**
 * Replaces the business calendar after `checkBusinessCalendar`: a calendar with errors is
 * refused with every issue (`storage.calendar-invalid`, issues in `locale`) and nothing is
 * written. The write moves the org revision, so engines pick the new calendar up.
 */
export async function replaceBusinessCalendar(
  db: Db,
  options: { calendar: unknown; byUserId: string | null; at: string; locale?: Locale },
): Promise<BusinessCalendar> {
  const locale = options.locale ?? 'en';
  const issues = checkBusinessCalendar(options.calendar, { locale });
  const parsed = BusinessCalendar.safeParse(options.calendar);
  if (hasErrors(issues) || !parsed.success) {
    const count = issues.filter((issue) => issue.severity === 'error').length;
    throw storageError('storage.calendar-invalid', { count }, { issues });
  }
  const row = {
    key: CALENDAR_KEY,
    value: JSON.stringify(parsed.data),
    updated_at: options.at,
    updated_by: options.byUserId,
  };
  await db
    .insertInto('settings')
    .values(row)
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        value: row.value,
        updated_at: row.updated_at,
        updated_by: row.updated_by,
      }),
    )
    .execute();

  return parsed.data;
}
