/**
 * What a board paper may be: PDF, Word, a spreadsheet or a presentation, at most 5 MB, its
 * type found from its content (file-type reads the file's signature and, for Office files,
 * the parts inside the zip), never from its name or the type the browser sends. A renamed
 * executable or HTML page is refused, whatever it is called.
 */
import 'server-only'
import { fileTypeFromBuffer } from 'file-type'
import { MAX_PAPER_BYTES, PAPER_TYPES_HINT } from './paper-limits'

/** The types a paper may be, by the MIME type file-type reports, with the extension it is saved under. */
const ALLOWED: Record<string, { ext: string; kind: string }> = {
  'application/pdf': { ext: 'pdf', kind: 'PDF' },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': { ext: 'docx', kind: 'Word document' },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { ext: 'xlsx', kind: 'Excel spreadsheet' },
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': { ext: 'pptx', kind: 'PowerPoint presentation' },
  'application/vnd.oasis.opendocument.text': { ext: 'odt', kind: 'OpenDocument text' },
  'application/vnd.oasis.opendocument.spreadsheet': { ext: 'ods', kind: 'OpenDocument spreadsheet' },
  // Office 97–2003 files are OLE compound files: file-type names them all x-cfb.
  'application/x-cfb': { ext: 'doc', kind: 'Office 97–2003 document' },
}

export type PaperCheck = { ok: true; contentType: string; fileName: string; kind: string } | { ok: false; message: string }

/** A file name safe to send back in Content-Disposition: letters, digits, spaces, dots, dashes. */
export function safeFileName(name: string, ext: string): string {
  const base = (name.split(/[\\/]/).pop() ?? '')
    .replace(/\.[^.]*$/, '')
    .normalize('NFKD')
    .replace(/[^\w .-]+/g, '')
    .replace(/\s+/g, ' ')
    // No hidden files and no leading dashes: a name is never read as a path or an option.
    .replace(/^[.\s-]+/, '')
    .trim()
    .slice(0, 80)
  return `${base || 'paper'}.${ext}`
}

export async function checkPaper(bytes: Uint8Array, name: string): Promise<PaperCheck> {
  if (bytes.byteLength === 0) return { ok: false, message: 'The selected file is empty' }
  if (bytes.byteLength > MAX_PAPER_BYTES) return { ok: false, message: 'The paper must be 5 MB or smaller' }
  const found = await fileTypeFromBuffer(bytes)
  const allowed = found ? ALLOWED[found.mime] : undefined
  if (!found || !allowed)
    return {
      ok: false,
      message: `The paper must be a ${PAPER_TYPES_HINT.replace(', up to 5 MB', '')} file: this file’s content is not`,
    }
  const ext = found.mime === 'application/x-cfb' ? (/\.(xls|ppt)$/i.exec(name)?.[1]?.toLowerCase() ?? 'doc') : allowed.ext
  return { ok: true, contentType: found.mime, fileName: safeFileName(name, ext), kind: allowed.kind }
}
