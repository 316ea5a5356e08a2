import type { DateParts } from '@/lib/validation/dates'
import { DateField } from './date-field'
import { TextField } from './text-field'

/**
 * A deadline as a GOV.UK date (`closesOn`) and a 24-hour UK time (`closesAt`, 17:00 unless the
 * user changed it): a vote's or a consultation's closing.
 */
export function DeadlineFields({
  legend,
  date,
  time,
  errors,
}: {
  legend: string
  date: DateParts
  time: string
  errors: { closesOn?: string | undefined; closesAt?: string | undefined }
}) {
  return (
    <>
      <DateField name="closesOn" legend={legend} hint="For example 20 1 2027" value={date} error={errors.closesOn} />
      <TextField
        name="closesAt"
        label="Closing time"
        hint="UK time, 24-hour clock, for example 17:00"
        inputMode="numeric"
        maxLength={5}
        className="govuk-input--width-5"
        defaultValue={time}
        error={errors.closesAt}
      />
    </>
  )
}
