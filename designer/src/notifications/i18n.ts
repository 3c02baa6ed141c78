import { useTranslation } from 'react-i18next';
import { registerNamespace } from '../i18n/index.ts';
import { notificationsEn } from './messages-en.ts';
import { notificationsZh } from './messages-zh-CN.ts';

/** The i18next namespace of the notification bell. */
export const NOTIFICATIONS_NS = 'notifications';

registerNamespace(NOTIFICATIONS_NS, { 'zh-CN': notificationsZh, en: notificationsEn });

/** `t` for the notification bell's texts. */
export function useNotificationsT() {
  return useTranslation(NOTIFICATIONS_NS).t;
}
