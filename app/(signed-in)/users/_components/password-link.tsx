/** A set-password link, shown once to whoever made it, to send on themselves. */
export function PasswordLink({ name, link, expires }: { name: string; link: string; expires: string }) {
  return (
    <div className="govuk-inset-text">
      <p className="govuk-body">
        Send this link to {name}. It works once, until {expires}, and is not shown again: if it is lost, make a new one.
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
