/** What the shop needs of a next-intl translator, so plain helpers can take one from a page or an action. */
export type Translate = (key: string, values?: Record<string, string | number | Date>) => string;
