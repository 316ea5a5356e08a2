/**
 * How long a board paper takes to read, measured once at upload, so the five-minute briefing can
 * tell a partner short of time what the next meeting asks of them. A PDF by its pages (pdf-lib
 * reads the page tree, object streams included); Word and OpenDocument text by their words
 * (fflate unzips the one part holding the text, refused if it would inflate past 20 MB); a
 * presentation by its slides. Anything else, or a file that will not parse, is unknown — and
 * the briefing says so rather than guess.
 */
import 'server-only'
import { unzipSync } from 'fflate'
import { PDFDocument } from 'pdf-lib'
import type { PaperLength } from './reading-time'

const UNKNOWN: PaperLength = { pages: null, words: null }
const MAX_INFLATED = 20 * 1024 * 1024

const TEXT_PART: Record<string, string> = {
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'word/document.xml',
  'application/vnd.oasis.opendocument.text': 'content.xml',
}

function zipParts(bytes: Uint8Array, wanted: (name: string) => boolean) {
  return unzipSync(bytes, { filter: (f) => wanted(f.name) && f.originalSize <= MAX_INFLATED })
}

export async function measurePaper(bytes: Uint8Array, contentType: string): Promise<PaperLength> {
  try {
    if (contentType === 'application/pdf') {
      const pdf = await PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false })
      return { pages: pdf.getPageCount(), words: null }
    }
    const part = TEXT_PART[contentType]
    if (part) {
      const xml = zipParts(bytes, (n) => n === part)[part]
      if (!xml) return UNKNOWN
      const text = new TextDecoder().decode(xml).replace(/<[^>]*>/g, ' ')
      return { pages: null, words: text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length }
    }
    if (contentType === 'application/vnd.openxmlformats-officedocument.presentationml.presentation') {
      // Counted from the zip's directory: no slide is inflated.
      let slides = 0
      unzipSync(bytes, {
        filter: (f) => {
          if (/^ppt\/slides\/slide\d+\.xml$/.test(f.name)) slides++
          return false
        },
      })
      return { pages: slides || null, words: null }
    }
  } catch {
    // A damaged or unusual file is still a paper the board may need: its length is unknown.
  }
  return UNKNOWN
}
