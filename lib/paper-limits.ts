/** What a board paper may be, in words and bytes: shared by the form and the check (lib/paper-files.ts). Safe in the browser. */
export const MAX_PAPER_BYTES = 5 * 1024 * 1024
export const PAPER_TYPES_HINT = 'PDF, Word, Excel, PowerPoint or OpenDocument, up to 5 MB'
