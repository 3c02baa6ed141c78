import { useQuery } from '@tanstack/react-query';
import { workdayMinutes } from '../../admin-work/calendar-draft.ts';
import { useTRPC } from '../../api/trpc.ts';

/**
 * The minutes of one working day in the business calendar (`settings.calendar`), so deadline
 * words can speak of working days; undefined until it has loaded (the words then assume 8 h).
 */
export function useWorkdayMinutes(): number | undefined {
  const trpc = useTRPC();
  const calendar = useQuery({ ...trpc.settings.calendar.queryOptions(), staleTime: 60_000 });

  return calendar.data ? workdayMinutes(calendar.data) : undefined;
}
