/** A package id as the shop accepts it in a form or an address: the provider's positive integer, up to 12 digits. */
export const PACKAGE_ID_PATTERN = /^[1-9]\d{0,11}$/;
