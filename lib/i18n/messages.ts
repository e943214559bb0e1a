import enAccessibility from '@/messages/en/accessibility.json';
import enDelivery from '@/messages/en/delivery.json';
import enEsim from '@/messages/en/esim.json';
import enShop from '@/messages/en/shop.json';
import enStaff from '@/messages/en/staff.json';
import zhCNAccessibility from '@/messages/zh-CN/accessibility.json';
import zhCNDelivery from '@/messages/zh-CN/delivery.json';
import zhCNEsim from '@/messages/zh-CN/esim.json';
import zhCNShop from '@/messages/zh-CN/shop.json';
import zhCNStaff from '@/messages/zh-CN/staff.json';
import type { Locale } from '@/lib/i18n/locales';

/** Each feature keeps its texts in its own file per language; each file holds whole namespaces. */
export const messagesByLocale: Record<Locale, Record<string, unknown>> = {
  en: { ...enShop, ...enEsim, ...enDelivery, ...enStaff, ...enAccessibility },
  'zh-CN': { ...zhCNShop, ...zhCNEsim, ...zhCNDelivery, ...zhCNStaff, ...zhCNAccessibility },
};
