/** The hidden field every editable record's form carries: the version the page showed. Safe in the browser. */
import * as z from 'zod'

const RELOAD = 'Reload the page and try again.'

export const seenVersion = z.coerce.number({ error: RELOAD }).int({ error: RELOAD }).min(1, { error: RELOAD })
