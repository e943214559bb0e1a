/** The header's account links, whether the server or the browser renders them. */
export const ACCOUNT_LINK_CLASS = 'text-sm font-medium text-slate-700 underline-offset-4 hover:underline';
