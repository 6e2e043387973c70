/** Heading ids are prefixed so note headings can never clobber page globals. */
export const HEADING_ID_PREFIX = 'h-'
