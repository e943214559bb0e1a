import enAccessibility from '@/messages/en/accessibility.json';
import enDelivery from '@/messages/en/delivery.json';
import enEsim from '@/messages/en/esim.json';
import enMail from '@/messages/en/mail.json';
import enShop from '@/messages/en/shop.json';
import enStaff from '@/messages/en/staff.json';
import zhCNAccessibility from '@/messages/zh-CN/accessibility.json';
import zhCNDelivery from '@/messages/zh-CN/delivery.json';
import zhCNEsim from '@/messages/zh-CN/esim.json';
import zhCNMail from '@/messages/zh-CN/mail.json';
import zhCNShop from '@/messages/zh-CN/shop.json';
import zhCNStaff from '@/messages/zh-CN/staff.json';
import zhHKAccessibility from '@/messages/zh-HK/accessibility.json';
import zhHKDelivery from '@/messages/zh-HK/delivery.json';
import zhHKEsim from '@/messages/zh-HK/esim.json';
import zhHKMail from '@/messages/zh-HK/mail.json';
import zhHKShop from '@/messages/zh-HK/shop.json';
import zhHKStaff from '@/messages/zh-HK/staff.json';
import type { Locale } from '@/lib/i18n/locales';

export type MessageTree = { [key: string]: string | MessageTree };

/**
 * Each feature keeps its texts in its own file per language; each file holds whole namespaces.
 * A new file is one more line per language here (the completeness test then checks every language
 * has it, key for key).
 */
export const messageFilesByLocale: Record<Locale, Record<string, MessageTree>> = {
  en: { shop: enShop, esim: enEsim, mail: enMail, delivery: enDelivery, staff: enStaff, accessibility: enAccessibility },
  'zh-CN': { shop: zhCNShop, esim: zhCNEsim, mail: zhCNMail, delivery: zhCNDelivery, staff: zhCNStaff, accessibility: zhCNAccessibility },
  'zh-HK': { shop: zhHKShop, esim: zhHKEsim, mail: zhHKMail, delivery: zhHKDelivery, staff: zhHKStaff, accessibility: zhHKAccessibility },
};

export const messagesByLocale = Object.fromEntries(
  Object.entries(messageFilesByLocale).map(([locale, files]) => [locale, Object.assign({}, ...Object.values(files))]),
) as Record<Locale, MessageTree>;
