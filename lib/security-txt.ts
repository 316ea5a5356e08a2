/** The body of /.well-known/security.txt (RFC 9116) for a deployment's contact. */
export function securityTxt(contact: string, now = new Date()): string {
  // Expires must be less than a year ahead (RFC 9116 §2.5.5): 180 days, from the start of today.
  const expires = new Date(now.getTime() + 180 * 24 * 60 * 60 * 1000)
  expires.setUTCHours(0, 0, 0, 0)
  return [`Contact: ${contact}`, `Expires: ${expires.toISOString()}`, 'Preferred-Languages: en', ''].join('\n')
}
