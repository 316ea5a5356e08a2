/** The hidden field every editable record's form carries: the version the page showed. Safe in the browser. */
import { wholeNumber } from './whole-number'

const RELOAD = 'Reload the page and try again.'

export const seenVersion = wholeNumber(RELOAD, { min: 1, max: 999_999_999 })
