import { useQuery } from '@tanstack/react-query';
import type { BusinessCalendar } from '@baton/schemas';
import { useTRPC } from '../../api/trpc.ts';

/** Monday to Friday without holidays: the count until the business calendar has loaded. */
const WEEKDAYS: BusinessCalendar = {
  schemaVersion: 1,
  timeZone: 'Asia/Shanghai',
  workdays: [1, 2, 3, 4, 5],
  hours: [],
  holidays: [],
  workingDays: [],
};

/** The business calendar (`settings.calendar`), or Monday to Friday until it has loaded. */
export function useBusinessCalendar(): BusinessCalendar {
  const trpc = useTRPC();
  const calendar = useQuery({ ...trpc.settings.calendar.queryOptions(), staleTime: 60_000 });

  return calendar.data ?? WEEKDAYS;
}
