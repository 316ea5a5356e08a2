import type { ReactNode } from 'react'

/**
 * Lets a wide table scroll sideways inside its own box at narrow widths and 400% zoom
 * instead of pushing the page sideways. Focusable and labelled so keyboard users can scroll it.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="app-table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  )
}
