import { RadiosField } from '@/components/forms/radios'
import type { Role } from '@/lib/generated/prisma/enums'
import { ROLE_LABELS } from '@/lib/validation/users'

const ROLE_HINTS: Record<Role, string> = {
  ADMIN: 'DfE national team: every area, and user administration.',
  DELIVERY_TEAM: 'Edits the delivery plans and funding of their areas, and manages board members.',
  CHAIR: 'Approves or returns plans, signs off funding returns and sees everything in their areas.',
  PARTNER: 'Posts updates on actions they own and proposes changes.',
}

type Props = {
  roles: Role[]
  areas: { id: string; name: string }[]
  role: string
  areaIds: string[]
  errors: { role?: string; areaIds?: string }
}

/** Role radios and area checkboxes, shared by the invite and change-access forms. */
export function AccessFields({ roles, areas, role, areaIds, errors }: Props) {
  return (
    <>
      <RadiosField
        name="role"
        legend="Role"
        options={roles.map((r) => ({ value: r, label: ROLE_LABELS[r], hint: ROLE_HINTS[r] }))}
        value={role}
        error={errors.role}
      />
      <div className={`govuk-form-group${errors.areaIds ? ' govuk-form-group--error' : ''}`}>
        <fieldset
          className="govuk-fieldset"
          aria-describedby={['areaIds-hint', errors.areaIds ? 'areaIds-error' : ''].filter(Boolean).join(' ')}
        >
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Areas</legend>
          <div className="govuk-hint" id="areaIds-hint">
            {roles.includes('ADMIN')
              ? 'Select all that apply. National admins work across every area, so their areas are not kept.'
              : 'Select all that apply.'}
          </div>
          {errors.areaIds && (
            <p className="govuk-error-message" id="areaIds-error">
              <span className="govuk-visually-hidden">Error:</span> {errors.areaIds}
            </p>
          )}
          <div className="govuk-checkboxes govuk-checkboxes--small">
            {areas.map((a, i) => (
              <div key={a.id} className="govuk-checkboxes__item">
                <input
                  className="govuk-checkboxes__input"
                  // The first box carries the field's id, so the error summary can link to it.
                  id={i === 0 ? 'areaIds' : `areaIds-${a.id}`}
                  name="areaIds"
                  type="checkbox"
                  value={a.id}
                  defaultChecked={areaIds.includes(a.id)}
                />
                <label className="govuk-label govuk-checkboxes__label" htmlFor={i === 0 ? 'areaIds' : `areaIds-${a.id}`}>
                  {a.name}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
      </div>
    </>
  )
}
