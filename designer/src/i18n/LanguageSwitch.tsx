import { useQueryClient } from '@tanstack/react-query';
import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Locale } from '@baton/schemas';
import { SUPPORTED_LOCALES, setLocale } from './setup.ts';
import { useLocale } from './use-locale.ts';

/**
 * 中文 / English switch. The choice is remembered and sent to the server, and everything the
 * server translated (flow and step names, messages) is fetched again in the new language.
 */
export function LanguageSwitch() {
  const { t } = useTranslation('common');
  const locale = useLocale();
  const queryClient = useQueryClient();
  const options = SUPPORTED_LOCALES.map((value) => ({
    value,
    label: <span lang={value}>{t(`language.${value}`)}</span>,
  }));
  const change = async (next: Locale) => {
    await setLocale(next);
    await queryClient.invalidateQueries();
  };

  return (
    <Segmented<Locale>
      aria-label={t('header.language')}
      size="small"
      value={locale}
      options={options}
      onChange={(next) => void change(next)}
    />
  );
}
