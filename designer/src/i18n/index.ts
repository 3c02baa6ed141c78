export {
  i18n,
  SUPPORTED_LOCALES,
  currentLocale,
  detectLocale,
  registerNamespace,
  setLocale,
} from './setup.ts';
export { LanguageSwitch } from './LanguageSwitch.tsx';
export { useLocale, useText, useFormatDateTime, useFormatList } from './use-locale.ts';
export type { Messages } from './messages.ts';
