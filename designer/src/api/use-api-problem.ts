import { App } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { readApiProblem, type ApiProblem } from './errors.ts';

/** Reads a failed call into an `ApiProblem` with texts in the UI language. */
export function useApiProblem(): (error: unknown) => ApiProblem {
  const { t } = useTranslation('common');

  return useCallback(
    (error: unknown) =>
      readApiProblem(error, { generic: t('errors.generic'), network: t('errors.network') }),
    [t],
  );
}

/** Shows a failed call as a toast with the server's message (never a stack). */
export function useNotifyError(): (error: unknown) => void {
  const { message } = App.useApp();
  const toProblem = useApiProblem();

  return useCallback(
    (error: unknown) => void message.error(toProblem(error).message),
    [message, toProblem],
  );
}
