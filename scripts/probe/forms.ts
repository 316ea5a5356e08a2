/** The forms the probe sends bad inputs to: each with a valid answer and the bad values for each field. */
import { BASE, cookieOf, type Jar } from './http'

/** Values no field may take, and values wrong for a field of each kind. */
export const ANY_FIELD = ['a\u0000b', '\u0000', 'x'.repeat(100_001), '\u001b[31m', 'bell\u0007', 'del\u007f', 'x'.repeat(5001)]
export const BAD: Record<string, string[]> = {
  version: ['', '0', '-1', '0x10', '1e3', '1.5', 'NaN', ' ', '99999999999'],
  number: ['abc', '0x10', '1e400', 'Infinity', '--5', '1,2,3', '５５', '12abc'],
  percent: ['101', '-1', '0x10', '1e2', '50.5', 'abc', ' 5 5'],
  period: ['2019-02-30', '2019-13', '2019/21', '9999', '2300', '20 19', 'Spring', '２０１９', ''],
  status: ['', 'BOGUS', 'on_track', '0', 'COMPLETE '],
  /** An optional choice: blank is an answer ("not recorded"), anything off the list is not. */
  choice: ['BOGUS', 'on_track', '0', 'COMPLETE ', 'null'],
  /** A version where blank means "a new value". */
  versionOrNew: ['0', '-1', '0x10', '1e3', '1.5', 'NaN', ' ', '+1'],
  role: ['', 'SUPERUSER', 'admin', 'ADMIN '],
  id: ['nonexistent', 'cm0000000000000000000000x', "' OR 1=1 --"],
  day: ['32', '0', 'x', '-1', '1e1'],
  month: ['13', '0', 'Feb', '1.5'],
  year: ['99999', '0', 'abcd', '1e3'],
  email: ['', 'not-an-email', 'a@', '@b.org', 'a b@c.org', `${'x'.repeat(300)}@example.org`],
  required: [''],
  position: ['0', '100', '-1', '0x10', '1e1', 'first'],
}

export type FormProbe = {
  name: string
  page: string
  action: string
  bound: unknown[]
  /** A valid answer, field by field. */
  valid: Record<string, string | string[]>
  /** Each field's kinds of bad value (ANY_FIELD is sent to every field too). */
  kinds: Record<string, (keyof typeof BAD)[]>
}

type Context = { actionId: string; measureId: string; version: string; token: string; hastings: string }

export async function formsFor(jar: Jar): Promise<FormProbe[]> {
  const get = (path: string) => fetch(`${BASE}${path}`, { headers: { cookie: cookieOf(jar) } }).then((r) => r.text())
  const actions = JSON.parse(await get('/download/actions.json?area=hastings')) as { id: string }[]
  const measures = JSON.parse(await get('/download/measures.json?area=hastings')) as { id: string }[]
  const actionId = actions[0]?.id ?? ''
  const measureId = measures[0]?.id ?? ''
  const version = /name="version" value="(\d+)"/.exec(await get(`/actions/${actionId}/update`))?.[1] ?? '1'
  const token = /name="token" value="([^"]+)"/.exec(await get(`/plans/hastings/actions/${actionId}`))?.[1] ?? 'published'
  const areas = JSON.parse(await get('/download/areas.json')) as { id: string; slug: string }[]
  const hastings = areas.find((a) => a.slug === 'hastings')?.id ?? ''
  const ctx = { actionId, measureId, version, token, hastings }
  return [...progressForms(ctx), ...planForms(ctx), ...accountForms(ctx)]
}

function progressForms({ actionId, measureId, version }: Context): FormProbe[] {
  return [
    {
      name: 'post an action update',
      page: `/actions/${actionId}/update`,
      action: 'handleActionUpdate',
      bound: [actionId],
      valid: { version, status: 'ON_TRACK', progressPercent: '50', body: 'Probe: update' },
      kinds: { version: ['version'], status: ['status'], progressPercent: ['percent'], body: ['required'] },
    },
    {
      name: 'record a measure value',
      page: `/measures/${measureId}`,
      action: 'handleMeasureValue',
      bound: [measureId],
      valid: { version: '', period: '2031', value: '55', isProvisional: 'no', localInsight: '' },
      kinds: { period: ['period'], value: ['number', 'required'], version: ['versionOrNew'] },
    },
    {
      name: 'set a measure status by hand',
      page: `/measures/${measureId}`,
      action: 'handleStatusOverride',
      bound: [measureId],
      valid: { version: '1', status: 'AT_RISK', reason: 'Probe: reason' },
      kinds: { version: ['version'], status: ['choice'], reason: ['required'] },
    },
  ]
}

/** The action form's fields, valid, and the bad values each takes (shared by adding and editing). */
const actionForm = (token: string, title: string) => ({
  valid: {
    token,
    title,
    description: '',
    priorityId: '',
    leadOrganisationId: '',
    ownerId: '',
    'startsOn-day': '',
    'startsOn-month': '',
    'startsOn-year': '',
    'dueOn-day': '1',
    'dueOn-month': '9',
    'dueOn-year': '2027',
    evidenceStrand: '',
    evidenceStrength: '',
    legacyStatus: '',
  },
  kinds: {
    title: ['required'],
    priorityId: ['id'],
    ownerId: ['id'],
    leadOrganisationId: ['id'],
    'dueOn-day': ['day'],
    'dueOn-month': ['month'],
    'dueOn-year': ['year'],
    evidenceStrength: ['choice'],
    legacyStatus: ['choice'],
  } as FormProbe['kinds'],
})

function planForms({ actionId, token }: Context): FormProbe[] {
  return [
    {
      name: 'add an action',
      page: '/plans/hastings/actions/new',
      action: 'handleAdd',
      bound: ['actions', 'hastings', null],
      ...actionForm('new', 'Probe: action'),
    },
    {
      name: 'edit an action',
      page: `/plans/hastings/actions/${actionId}`,
      action: 'handleEdit',
      bound: ['actions', 'hastings', actionId, null],
      valid: actionForm(token, 'Probe: edited action').valid,
      kinds: { ...actionForm(token, '').kinds, token: ['required', 'id'] },
    },
    {
      name: 'add a priority',
      page: '/plans/hastings/priorities/new',
      action: 'handleAdd',
      bound: ['priorities', 'hastings', null],
      valid: { token: 'new', title: 'Probe: priority', description: '', lifeStageId: '', origin: '', position: '1' },
      kinds: { title: ['required'], lifeStageId: ['id'], origin: ['choice'], position: ['position'] },
    },
    {
      name: 'submit the plan for approval',
      page: '/plans/hastings',
      action: 'handlePlanSubmission',
      bound: ['hastings'],
      valid: { version: '1', changeSummary: 'Probe: summary' },
      kinds: { version: ['version'], changeSummary: ['required'] },
    },
  ]
}

function accountForms({ hastings }: Context): FormProbe[] {
  return [
    {
      name: 'invite a user',
      page: '/users/invite',
      action: 'handleInvite',
      bound: [],
      valid: { name: 'Probe person', email: `probe-${Date.now()}@example.org`, role: 'PARTNER', areaIds: [hastings] },
      kinds: { name: ['required'], email: ['email'], role: ['role'], areaIds: ['id'] },
    },
    {
      name: 'change your password',
      page: '/account',
      action: 'handlePasswordChange',
      bound: [],
      // The current password is wrong, so even the valid answer changes nothing.
      valid: {
        currentPassword: 'not the password',
        newPassword: 'a-long-new-pass-2026',
        confirmPassword: 'a-long-new-pass-2026',
      },
      kinds: { currentPassword: ['required'], newPassword: ['required'], confirmPassword: ['required'] },
    },
  ]
}
