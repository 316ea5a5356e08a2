/** The limits of a CSV upload, shared by the server's check and the browser's (no imports: safe in the browser). */
export const MAX_CSV_BYTES = 512 * 1024
export const MAX_CSV_ROWS = 2000
export const CSV_TOO_LARGE = `The file must be ${MAX_CSV_BYTES / 1024} KB or smaller`
