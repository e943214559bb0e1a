import { createTranslator } from 'next-intl';
import { resolveLocaleFrom, type Locale } from '@/lib/i18n/locales';
import { ACTION_BODY_LIMIT_BYTES } from '@/lib/security/action-body-limit.mjs';
import { NOTHING_POLICY } from '@/lib/security/csp-directives.mjs';
import en from '@/messages/en/shop.json';
import zhCN from '@/messages/zh-CN/shop.json';
import zhHK from '@/messages/zh-HK/shop.json';

// Only this namespace: the proxy runs before every page and has no need of the others.
const TEXTS: Record<Locale, typeof en.requestTooLarge> = {
  en: en.requestTooLarge,
  'zh-CN': zhCN.requestTooLarge,
  'zh-HK': zhHK.requestTooLarge,
};

const LIMIT_TEXT = `${ACTION_BODY_LIMIT_BYTES / 1024} kB`;

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

/**
 * The answer to a server action body over the limit, in the visitor's language: 413, never kept,
 * under a policy that allows nothing (it has no script and no style). A call from the page's
 * JavaScript gets the words as exactly `text/plain`, which Next's client then shows as the
 * action's error; a form sent without JavaScript gets a small page with a way back.
 */
export function requestTooLarge(request: Request, pathname: string, chosenLocale: string | undefined): Response {
  const locale = resolveLocaleFrom(chosenLocale, request.headers.get('accept-language'));
  const t = createTranslator({ locale, messages: { requestTooLarge: TEXTS[locale] } });
  const body = t('requestTooLarge.body', { limit: LIMIT_TEXT });
  const headers = {
    'cache-control': 'no-store',
    'content-language': locale,
    'content-security-policy': NOTHING_POLICY,
  };
  if (request.headers.has('next-action')) {
    return new Response(body, { status: 413, headers: { ...headers, 'content-type': 'text/plain' } });
  }
  const title = escapeHtml(t('requestTooLarge.title'));
  const page =
    `<!DOCTYPE html><html lang="${locale}"><head><meta charset="utf-8">` +
    '<meta name="viewport" content="width=device-width, initial-scale=1">' +
    `<title>${title} · eSIM QR Mall</title></head><body><main><h1>${title}</h1><p>${escapeHtml(body)}</p>` +
    `<p><a href="${escapeHtml(pathname)}">${escapeHtml(t('requestTooLarge.back'))}</a></p></main></body></html>`;
  return new Response(page, { status: 413, headers: { ...headers, 'content-type': 'text/html; charset=utf-8' } });
}
