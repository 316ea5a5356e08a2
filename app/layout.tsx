import type { Metadata } from 'next'
import { Suspense, type ReactNode } from 'react'
import { DemoBanner } from '@/components/layout/demo-banner'
import { PhaseBanner } from '@/components/layout/phase-banner'
import { SiteFooter } from '@/components/layout/site-footer'
import { SiteHeader } from '@/components/layout/site-header'
import { hasDemoData } from '@/lib/data/public/site'
import './govuk.scss'
import './globals.css'

export const metadata: Metadata = {
  title: { default: 'Opportunity Areas partnership portal', template: '%s – Opportunity Areas partnership portal' },
  description: 'Priorities, success measures, funding and boards of the 12 Opportunity Areas, with their sources.',
}

async function DemoNotice() {
  return (await hasDemoData()) ? <DemoBanner /> : null
}

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" className="govuk-template">
      <body className="govuk-template__body">
        <a href="#main-content" className="govuk-skip-link">
          Skip to main content
        </a>
        <SiteHeader />
        <div className="govuk-width-container">
          <PhaseBanner />
          <Suspense fallback={null}>
            <DemoNotice />
          </Suspense>
          <main className="govuk-main-wrapper" id="main-content">
            {children}
          </main>
        </div>
        <SiteFooter />
      </body>
    </html>
  )
}
