/** A set-password link, shown once to whoever made it, to send on themselves. */
export function PasswordLink({ name, link, expires, mailed }: { name: string; link: string; expires: string; mailed?: string }) {
  return (
    <div className="govuk-inset-text">
      <p className="govuk-body">
        {mailed === 'sent'
          ? `It has been e-mailed to ${name}. You can also pass it on yourself.`
          : mailed === 'failed'
            ? `The e-mail to ${name} could not be sent. Send them this link yourself.`
            : `Send this link to ${name}.`}{' '}
        It works once, until {expires}, and is not shown again: if it is lost, make a new one.
      </p>
      <p className="govuk-body">
        <label className="govuk-label" htmlFor="password-link">
          Set-password link
        </label>
        <input id="password-link" className="govuk-input" type="text" readOnly value={link} spellCheck={false} />
      </p>
    </div>
  )
}
