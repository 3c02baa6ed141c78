import { useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiErrorAlert } from '../api/ApiErrorAlert.tsx';
import { useTRPC } from '../api/trpc.ts';
import { FullPageLoading } from '../app/FullPageLoading.tsx';
import { PageHeader } from '../app/PageHeader.tsx';
import { CalendarForm } from './CalendarForm.tsx';
import { useAdminWorkT } from './i18n.ts';

/** `/admin/calendar` (admins): the business calendar that working-time deadlines count in. */
export function CalendarPage() {
  const t = useAdminWorkT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const calendar = useQuery({
    ...trpc.settings.calendar.queryOptions(),
    refetchOnWindowFocus: false,
  });

  return (
    <>
      <PageHeader title={t('calendar.title')} subtitle={t('calendar.subtitle')} />
      {calendar.isPending && <FullPageLoading inline />}
      {calendar.isError && (
        <ApiErrorAlert error={calendar.error} onRetry={() => void calendar.refetch()} />
      )}
      {calendar.isSuccess && (
        <CalendarForm
          initial={calendar.data}
          onSaved={(saved) => queryClient.setQueryData(trpc.settings.calendar.queryKey(), saved)}
        />
      )}
    </>
  );
}

export default CalendarPage;
