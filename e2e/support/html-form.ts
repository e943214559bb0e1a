import { randomBytes } from 'node:crypto';

const ENTITIES: Record<string, string> = { '&quot;': '"', '&#x27;': "'", '&#39;': "'", '&lt;': '<', '&gt;': '>', '&amp;': '&' };

export const decodeHtml = (text: string) => text.replace(/&(quot|#x27|#39|lt|gt|amp);/g, (entity) => ENTITIES[entity] ?? entity);

const attribute = (tag: string, name: string) => {
  const value = new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
  return value === undefined ? undefined : decodeHtml(value);
};

/**
 * The fields of the server-rendered form around `marker`, as a browser without JavaScript would
 * post them: every named input (checkboxes only when checked) and each select's chosen option.
 */
export function formFields(html: string, marker: string): Record<string, string> {
  const at = html.indexOf(marker);
  if (at < 0) throw new Error(`no form with ${marker} on the page`);
  const form = html.slice(html.lastIndexOf('<form', at), html.indexOf('</form>', at));
  const fields: Record<string, string> = {};
  for (const [input] of form.matchAll(/<input[^>]*>/g)) {
    const name = attribute(input, 'name');
    const type = attribute(input, 'type');
    if (!name || type === 'submit' || ((type === 'checkbox' || type === 'radio') && !/\schecked/.test(input))) continue;
    fields[name] = attribute(input, 'value') ?? '';
  }
  for (const [, open, options] of form.matchAll(/(<select[^>]*>)([\s\S]*?)<\/select>/g)) {
    const name = attribute(open!, 'name');
    const all = [...options!.matchAll(/<option[^>]*>/g)].map(([option]) => option);
    const chosen = all.find((option) => /\sselected/.test(option)) ?? all[0];
    if (name && chosen) fields[name] = attribute(chosen, 'value') ?? '';
  }
  return fields;
}

/**
 * A key as the order form's JavaScript mints it in a browser (128 random bits, URL-safe): the cached
 * package page carries none, and a form sent without one places nothing (it asks for a review).
 */
export const browserFormKey = () => randomBytes(16).toString('base64url');
