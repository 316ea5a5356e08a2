/**
 * The open datasets: one definition per table, used by the CSV and JSON downloads, the
 * /api/v1 endpoints and the OpenAPI document, so the three can never disagree.
 * No database access here (see lib/data/open-data.ts), so it is safe to import anywhere.
 */

export type ColumnType = 'string' | 'integer' | 'number' | 'boolean' | 'date'

export type Column = { key: string; type: ColumnType; nullable?: boolean; description: string }

export type DatasetName =
  | 'areas'
  | 'priorities'
  | 'measures'
  | 'measure-values'
  | 'actions'
  | 'funding'
  | 'funding-entries'
  | 'grants'
  | 'meetings'
  | 'decisions'
  | 'vote-results'
  | 'local-influence'
  | 'origin-corrections'

export type Dataset = { name: DatasetName; title: string; description: string; columns: Column[]; api: boolean }

const col = (key: string, type: ColumnType, description: string, nullable = false): Column => ({
  key,
  type,
  description,
  nullable,
})
const areaSlug = col('area_slug', 'string', 'The area the row belongs to (see the areas dataset)')
const isDemo = col('is_demo', 'boolean', 'True for fictional demo activity, which is never real data')

export const DATASETS: Dataset[] = [
  {
    name: 'areas',
    title: 'Areas',
    description:
      'The 12 Opportunity Areas with their local authorities, announcement, Social Mobility Index rank and Research School.',
    api: true,
    columns: [
      col('id', 'string', 'Stable identifier of the area in this portal'),
      col('slug', 'string', 'Short name used in addresses, e.g. hastings'),
      col('name', 'string', 'Area name'),
      col('region', 'string', 'English region, where a source confirms it', true),
      col('wave', 'integer', 'Announcement wave: 1 (4 October 2016) or 2 (18 January 2017)'),
      col('announced_on', 'date', 'Date the area was announced'),
      col('local_authorities', 'string', 'Local authorities covered, separated by "; "'),
      col('smi_rank', 'integer', 'Social Mobility Index rank (higher is worse), where a source confirms it', true),
      col('smi_rank_of', 'integer', 'Number of districts ranked', true),
      col('smi_edition', 'string', 'Edition of the index the rank comes from', true),
      col('research_school', 'string', 'The area’s EEF Research School', true),
      col('plan_title', 'string', 'Title of the delivery plan', true),
      col('plan_published', 'string', 'When the plan was published, ISO 8601 to the precision known (e.g. 2017-10)', true),
      col('page_url', 'string', 'The area’s page on this portal'),
    ],
  },
  {
    name: 'priorities',
    title: 'Priorities',
    description: 'The priorities each board chose, by life stage. The life stage is the portal’s reading of the plan.',
    api: true,
    columns: [
      col('id', 'string', 'Stable identifier of the priority'),
      areaSlug,
      col('number', 'integer', 'The number the plan gives the priority'),
      col('title', 'string', 'Priority as titled by the plan or the area'),
      col('description', 'string', 'Summary in our words', true),
      col('life_stage', 'string', 'Life stage slug (our classification)', true),
      col('life_stage_name', 'string', 'Life stage name', true),
      col('source_urls', 'string', 'Sources, separated by " "'),
    ],
  },
  {
    name: 'measures',
    title: 'Success measures',
    description: 'How each board said it would measure success: baseline, England figure and target, where published.',
    api: true,
    columns: [
      col('id', 'string', 'Stable identifier of the success measure'),
      areaSlug,
      col('priority_number', 'integer', 'The priority it measures, if one', true),
      col('name', 'string', 'What is measured'),
      col('unit', 'string', 'PERCENT, PERCENTAGE_POINTS, COUNT, SCORE, RATE_PER_1000 or GBP'),
      col('baseline_value', 'number', 'Starting figure', true),
      col('baseline_period', 'string', 'Period of the starting figure', true),
      col('baseline_note', 'string', 'Starting point in words, where no single figure was given', true),
      col('national_value', 'number', 'England figure for the same period', true),
      col('target_value', 'number', 'Target figure', true),
      col('target_period', 'string', 'When the target was to be met', true),
      col('target_note', 'string', 'Target in words, where it is qualitative', true),
      col('latest_value', 'number', 'Most recent recorded value', true),
      col('latest_period', 'string', 'Period of the most recent value', true),
      col('source_urls', 'string', 'Sources, separated by " "'),
    ],
  },
  {
    name: 'measure-values',
    title: 'Measure values',
    description: 'Values recorded for success measures over time, with local insight.',
    api: true,
    columns: [
      col('id', 'string', 'Stable identifier of the value'),
      col('measure_id', 'string', 'The success measure'),
      areaSlug,
      col('period', 'string', 'Period as published'),
      col('period_end', 'date', 'Last day of the period'),
      col('value', 'number', 'The value'),
      col('provisional', 'boolean', 'True while the figure is provisional'),
      col('local_insight', 'string', 'Context the number does not show', true),
      isDemo,
    ],
  },
  {
    name: 'actions',
    title: 'Actions',
    description: 'Actions in the delivery plans with their status and progress.',
    api: true,
    columns: [
      col('id', 'string', 'Stable identifier of the action'),
      areaSlug,
      col('priority_number', 'integer', 'The priority it serves, if one', true),
      col('title', 'string', 'Action'),
      col('status', 'string', 'NOT_STARTED, ON_TRACK, AT_RISK, OFF_TRACK, COMPLETE or STOPPED', true),
      col('progress_percent', 'integer', 'Progress, 0 to 100', true),
      col('starts_on', 'date', 'Start date', true),
      col('due_on', 'date', 'Due date', true),
      isDemo,
    ],
  },
  {
    name: 'funding',
    title: 'Funding',
    description:
      'Funding figures by area, stream and period, as published. Reported totals sum several periods or streams and must not be added to allocations.',
    api: true,
    columns: [
      col('id', 'string', 'Stable identifier of the figure'),
      areaSlug,
      col('stream', 'string', 'Funding stream'),
      col('period', 'string', 'Period, e.g. 2020-21'),
      col('label', 'string', 'The figure as the source labels it'),
      col('kind', 'string', 'ALLOCATION, or REPORTED_TOTAL (never add these to allocations)'),
      col('qualifier', 'string', 'EXACT, APPROXIMATE, UP_TO, OVER or NEARLY, as the source stated it'),
      col('status', 'string', 'CONFIRMED, or INDICATIVE where announced as indicative'),
      col('revised', 'boolean', 'True when the amount is a published revision of the original'),
      col('amount_pounds', 'string', 'Amount (the latest published revision) in pounds with two decimals'),
      col('amount_pence', 'integer', 'Amount in pence'),
      col(
        'committed_pounds',
        'string',
        'Published commitments paid from it, in pounds; blank when none (demo commitments count only towards demo rows)',
        true,
      ),
      col('committed_pence', 'integer', 'Published commitments paid from it, in pence', true),
      col(
        'spent_pounds',
        'string',
        'Published spend paid from it, in pounds; blank when none (demo spend counts only towards demo rows)',
        true,
      ),
      col('spent_pence', 'integer', 'Published spend paid from it, in pence', true),
      col('decision', 'string', 'The announcement or board decision it came from, where recorded', true),
      col(
        'source_urls',
        'string',
        'Sources, separated by " " (blank for figures recorded by the delivery team and published by a funding return)',
      ),
      isDemo,
    ],
  },
  {
    name: 'funding-entries',
    title: 'Funding commitments and spend',
    description:
      'Commitments (firm obligations to a provider) and payments recorded against actions by delivery teams and published by a funding return the chair signed off.',
    api: true,
    columns: [
      col('id', 'string', 'Stable identifier of the entry'),
      areaSlug,
      col('kind', 'string', 'COMMITMENT or SPEND'),
      col('date', 'date', 'Date committed or paid'),
      col('amount_pounds', 'string', 'Amount in pounds with two decimals'),
      col('amount_pence', 'integer', 'Amount in pence'),
      col('organisation', 'string', 'Provider (commitment) or recipient (spend)'),
      col('description', 'string', 'What it was for', true),
      col('action_id', 'string', 'The action it was for (see the actions dataset)'),
      col('action_title', 'string', 'The action’s title'),
      col('allocation_id', 'string', 'The allocation it was paid from (see the funding dataset)'),
      col('evidence_url', 'string', 'Link to evidence, where recorded', true),
      col('figures_as_at', 'date', 'The date of the funding return that published it', true),
      isDemo,
    ],
  },
  {
    name: 'grants',
    title: 'Grants (360Giving shape)',
    description:
      'Allocations in the shape of the 360Giving data standard. Identifiers use an unregistered prefix and award dates are blank where no source gives them, so this is not yet a valid 360Giving publication.',
    api: false,
    columns: [
      col('Identifier', 'string', 'Grant identifier'),
      col('Title', 'string', 'Grant title'),
      col('Description', 'string', 'What the money was for'),
      col('Currency', 'string', 'GBP'),
      col('Amount Awarded', 'number', 'Amount in pounds, no symbol (the latest published revision)'),
      col(
        'Amount Qualifier',
        'string',
        'UP_TO, OVER, NEARLY or APPROXIMATE where the source stated the amount so; blank when exact',
        true,
      ),
      col('Award Date', 'date', 'Date of the award, where published', true),
      col('Planned Dates:Start Date', 'string', 'Start of the funded period', true),
      col('Planned Dates:End Date', 'date', 'End of the funded period, where known', true),
      col('Recipient Org:Identifier', 'string', 'Recipient identifier, where known', true),
      col('Recipient Org:Name', 'string', 'Recipient'),
      col('Funding Org:Identifier', 'string', 'Funder identifier, where known', true),
      col('Funding Org:Name', 'string', 'Funder'),
      col('Beneficiary Location:Name', 'string', 'Area that benefits'),
      col('Grant Programme:Title', 'string', 'Funding stream'),
      col('Amount Committed', 'number', 'Published commitments paid from it, in pounds', true),
      col('Amount Disbursed', 'number', 'Published spend paid from it, in pounds', true),
      col('Source URLs', 'string', 'Sources, separated by " "'),
    ],
  },
  {
    name: 'meetings',
    title: 'Board meetings',
    description:
      'Public meetings of each partnership board, with when their minutes were approved. Private meetings are not listed.',
    api: true,
    columns: [
      col('id', 'string', 'Stable identifier of the meeting'),
      areaSlug,
      col('title', 'string', 'Meeting title'),
      col('starts_at', 'string', 'Start, ISO 8601 date and time in UTC'),
      col('is_online', 'boolean', 'True for an online meeting'),
      col('place', 'string', 'Where an in-person meeting is held', true),
      col('public_items', 'integer', 'Public items on its agenda'),
      col('minutes_approved_on', 'date', 'When the board approved its minutes (they are published then)', true),
      col('page_url', 'string', 'The board’s page on this portal'),
      isDemo,
    ],
  },
  {
    name: 'decisions',
    title: 'Board decisions',
    description:
      'Decisions on the public items of public meetings, with where each item came from and the action a decision added to the plan.',
    api: true,
    columns: [
      col('id', 'string', 'Stable identifier of the decision'),
      areaSlug,
      col('meeting_id', 'string', 'The meeting (see the meetings dataset)'),
      col('item', 'string', 'The agenda item decided on'),
      col('summary', 'string', 'What the board decided'),
      col('origin', 'string', 'Who put the item forward: LOCAL_PARTNER, CHAIR, DFE_DELIVERY_TEAM or NATIONAL_POLICY'),
      col('decided_on', 'date', 'Date of the decision'),
      col('action_id', 'string', 'The action it added to the published plan (see the actions dataset)', true),
      col('action_title', 'string', 'That action’s title', true),
      isDemo,
    ],
  },
  {
    name: 'vote-results',
    title: 'Votes between meetings',
    description:
      'Recorded results of votes between meetings. For a named ballot, how each member voted, naming only members listed on the public board page.',
    api: true,
    columns: [
      col('id', 'string', 'Stable identifier of the vote'),
      areaSlug,
      col('motion', 'string', 'The wording voted on'),
      col('closed_at', 'string', 'When the result was recorded, ISO 8601 in UTC'),
      col('ballot', 'string', 'NAMED or SECRET'),
      col('eligible', 'integer', 'Voting members with no interest declared'),
      col('votes_for', 'integer', 'Votes for'),
      col('votes_against', 'integer', 'Votes against'),
      col('abstentions', 'integer', 'Abstentions'),
      col('quorate', 'boolean', 'Whether enough eligible members voted for the result to count'),
      col('carried', 'boolean', 'Whether the motion was carried'),
      col('named_votes', 'string', 'Named ballots: "Name: FOR; …" (members not listed publicly appear as "A member")', true),
      isDemo,
    ],
  },
  {
    name: 'local-influence',
    title: 'Local influence',
    description:
      'For each area, the share of its priorities, public agenda items, public decisions and accepted proposals that began with a local partner or the chair, in all and by quarter.',
    api: true,
    columns: [
      col('id', 'string', 'The row: area, kind and period, e.g. hastings:DECISION:ALL'),
      areaSlug,
      col('kind', 'string', 'ALL, PRIORITY, AGENDA_ITEM, DECISION or ACCEPTED_PROPOSAL; the quarters count all but priorities'),
      col('period', 'string', 'ALL, or a calendar quarter such as 2026-Q1 (when the item was decided or discussed)'),
      col('local', 'integer', 'How many began with a local partner or the chair'),
      col('recorded', 'integer', 'How many have their origin recorded'),
      col('not_recorded', 'integer', 'How many have no origin recorded (left out of the share)'),
      col('local_percent', 'integer', 'Local as a whole-number percentage of those recorded; empty when none is', true),
    ],
  },
  {
    name: 'origin-corrections',
    title: 'Corrections of origin',
    description:
      'Every correction of where a public agenda item, public decision or accepted proposal came from, made by the board’s chair with a reason.',
    api: true,
    columns: [
      col('id', 'string', 'Stable identifier of the correction'),
      areaSlug,
      col('corrected_at', 'string', 'When, ISO 8601 in UTC'),
      col('kind', 'string', 'AGENDA_ITEM, DECISION or ACCEPTED_PROPOSAL'),
      col('about', 'string', 'The item or decision (a proposal’s words are the board’s only)', true),
      col('from_origin', 'string', 'The origin recorded before'),
      col('to_origin', 'string', 'The origin after the correction'),
      col('reason', 'string', 'The chair’s reason'),
    ],
  },
]

export function findDataset(name: string): Dataset | undefined {
  return DATASETS.find((d) => d.name === name)
}

export type Row = Record<string, string | number | boolean | null>
