/**
 * Characters no one types, that PostgreSQL text cannot hold (NUL) or that hide text: C0
 * controls other than tab and line breaks, and DEL. Refused in every form field (parseForm) and
 * every CSV cell (csv-kind) with a message saying what to do. Safe in the browser.
 */
export const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/

export const CONTROL_CHARACTER_ERROR = 'Remove the hidden control character from this answer (it may have been pasted in)'
export const CONTROL_CHARACTER_CELL_ERROR = 'Remove the hidden control character from this cell'
