/**
 * Who is asking. Reads the next-auth session, then the user row: a disabled user, or a session
 * whose version is out of date (role change, sign out everywhere), counts as signed out on the
 * very next request. Pages use requireUser(); lib/data checks permissions again.
 */
import 'server-only'
import { getServerSession } from 'next-auth'
import { redirect } from 'next/navigation'
import { cache } from 'react'
import { findSessionUser, type SessionUser } from '@/lib/data/accounts/auth'
import { authOptions } from './config'

type TokenFields = { uid?: string; sv?: number }

export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const session = (await getServerSession(authOptions())) as TokenFields | null
  if (!session?.uid || typeof session.sv !== 'number') return null
  return findSessionUser(session.uid, session.sv)
})

export async function requireUser(): Promise<SessionUser> {
  const user = await getCurrentUser()
  if (!user) redirect('/sign-in')
  return user
}
