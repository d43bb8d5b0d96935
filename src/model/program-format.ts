/**
 * The program format this code writes. A later format reads older ones by their number. Its own
 * module, without Zod, so the browser's link code reads it without the schema library.
 */
export const programFormat = 1;
