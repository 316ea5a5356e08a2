/**
 * Who is asking. Reads the next-auth session, then the user row: a disabled user, or a session
 * whose version is out of date (role change, sign out everywhere), counts as signed out on the
 * very next request, as does a session signed out on its device (EndedSession). Pages use
 * requireUser(); lib/data checks permissions again.
 */
import 'server-only'
import { getServerSession } from 'next-auth'
import { redirect } from 'next/navigation'
import { cache } from 'react'
import { findSessionUser, isSessionEnded, type SessionUser } from '@/lib/data/accounts/auth'
import { authOptions } from './config'

type TokenFields = { uid?: string; sv?: number; sid?: string }

export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const session = (await getServerSession(authOptions())) as TokenFields | null
  // Every session has its own id (set at sign-in), so signing out ends that one session.
  if (!session?.uid || typeof session.sv !== 'number' || !session.sid) return null
  const [user, ended] = await Promise.all([findSessionUser(session.uid, session.sv), isSessionEnded(session.sid)])
  return ended ? null : user
})

export async function requireUser(): Promise<SessionUser> {
  const user = await getCurrentUser()
  if (!user) redirect('/sign-in')
  return user
}
