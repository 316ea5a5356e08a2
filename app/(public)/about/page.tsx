import type { Metadata } from 'next'
import Link from 'next/link'

export const metadata: Metadata = { title: 'About this portal' }

export default function AboutPage() {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-xl">About this portal</h1>
        <p className="govuk-body-l">
          This portal brings together what is publicly known about the 12 Opportunity Areas: what each partnership board chose to
          focus on, how it meant to measure success, what money it had, and who chaired it.
        </p>

        <h2 className="govuk-heading-l">The programme</h2>
        <p className="govuk-body">
          The Department for Education announced the first 6 Opportunity Areas on 4 October 2016 and 6 more on 18 January 2017.
          They were places that ranked low both for young people&apos;s chances of doing well in life and for the capacity of
          local schools. In each one, an independent chair led a partnership board of local leaders from early years, schools,
          colleges and universities, employers, the council and charities, working with a small DfE team.
        </p>
        <p className="govuk-body">
          Each board picked 3 or 4 priorities, agreed measures of success with a starting point and a target, and published a
          delivery plan. Plans were grouped by stage of life, from the early years to adulthood. The programme ran until 2022,
          when the 12 areas joined the Priority Education Investment Areas.
        </p>

        <h2 className="govuk-heading-l">Where the facts come from</h2>
        <p className="govuk-body">
          Every fact on an area page comes from a public document: a delivery plan, an Opportunity Area website, a council page or
          a press report. The source is listed beside the fact, with a tag saying how well it supports it:
        </p>
        <dl className="govuk-summary-list">
          {[
            ['Confirmed', 'the source states the fact'],
            ['Secondary source', 'a website or press report restates it; not checked against the plan itself'],
            ['Partly supported', 'the source was cut short or supports only part of the fact'],
            ['Sources disagree', 'another source gives a different figure'],
            ['Baseline only', 'the source gives a starting point but no target'],
          ].map(([key, value]) => (
            <div className="govuk-summary-list__row" key={key}>
              <dt className="govuk-summary-list__key">{key}</dt>
              <dd className="govuk-summary-list__value">{value}</dd>
            </div>
          ))}
        </dl>
        <p className="govuk-body">
          Where no public source gives a fact, the portal says it is not published. It never fills the gap with an estimate. Most
          numeric targets sit inside long delivery plan documents that we could not read in full, so many measures show a target
          in words or none at all.
        </p>

        <h2 className="govuk-heading-l">Our own judgements</h2>
        <p className="govuk-body">Three things on these pages are our reading of the sources rather than facts from them:</p>
        <ul className="govuk-list govuk-list--bullet">
          <li>which stage of life each priority belongs to</li>
          <li>the numbers we read out of a measure&apos;s description of its starting point or target</li>
          <li>
            which funding figures are money for a period and which are totals reported for several years (totals are shown but
            never added to the others)
          </li>
        </ul>

        <h2 className="govuk-heading-l">How a measure&apos;s status is worked out</h2>
        <p className="govuk-body">
          A success measure is judged by its latest value against a line drawn from its baseline, through any interim points the
          board set, to its target. Once the target date has passed, the target itself is expected.
        </p>
        <ul className="govuk-list govuk-list--bullet">
          <li>on track: the latest value meets or beats the line</li>
          <li>at risk: it falls short by no more than a tenth of the change the board planned</li>
          <li>off track: it falls short by more</li>
          <li>too early to judge: no value has been recorded since the baseline</li>
          <li>no target to judge against: the baseline or a numeric target was never published</li>
        </ul>
        <p className="govuk-body">
          Whether higher or lower is better depends on the measure. A board can set a status by hand with a reason, and the page
          then says so.
        </p>

        <h2 className="govuk-heading-l">How a priority&apos;s summary is worked out</h2>
        <p className="govuk-body">
          Each priority shows how many of its actions are at each status and how many of its success measures are on track, at
          risk or off track, counted from the actions and measures themselves. Average progress is the mean of the progress
          reported on its actions: a complete action counts as 100%, and stopped actions and actions with no progress reported are
          left out.
        </p>

        <h2 className="govuk-heading-l">Who runs it</h2>
        <p className="govuk-body">
          This is an independent, open-source project. It is not a GOV.UK service and is not run by the Department for Education.
          It uses the GOV.UK Design System so that it is familiar and accessible.
        </p>
        <p className="govuk-body">
          Read the{' '}
          <Link href="/accessibility" className="govuk-link">
            accessibility statement
          </Link>
          , how we use{' '}
          <Link href="/cookies" className="govuk-link">
            cookies
          </Link>{' '}
          and our{' '}
          <Link href="/privacy" className="govuk-link">
            privacy notice
          </Link>
          .
        </p>
      </div>
    </div>
  )
}
