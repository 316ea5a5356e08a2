/**
 * next-auth 4 configuration. Sessions are JWTs of at most 8 hours carrying the user's id and
 * session version; lib/auth/session.ts checks both against the database on every request.
 */
import 'server-only'
import { randomUUID } from 'node:crypto'
import type { NextAuthOptions } from 'next-auth'
import AzureADProvider from 'next-auth/providers/azure-ad'
import CredentialsProvider from 'next-auth/providers/credentials'
import { clientAddress } from '@/lib/auth/client-address'
import { endSession, findInvitedUser, verifyCredentials } from '@/lib/data/accounts/auth'
import { getEnv } from '@/lib/env'
import { isAppError } from '@/lib/errors'
import { SignInSchema } from '@/lib/validation/auth'

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60

export function authOptions(): NextAuthOptions {
  const env = getEnv()
  return {
    secret: env.NEXTAUTH_SECRET,
    session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS },
    jwt: { maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: '/sign-in', error: '/sign-in' },
    providers: [
      CredentialsProvider({
        id: 'credentials',
        name: 'Email and password',
        credentials: { email: { type: 'email' }, password: { type: 'password' } },
        async authorize(credentials, request) {
          const parsed = SignInSchema.safeParse(credentials ?? {})
          if (!parsed.success) return null
          try {
            const user = await verifyCredentials(parsed.data, clientAddress(request?.headers, env.trustedProxies))
            return user && { id: user.id, name: user.name, email: user.email, sessionVersion: user.sessionVersion }
          } catch (error) {
            // The sign-in form shows this message; it never says whether the account exists.
            if (isAppError(error) && error.code === 'RATE_LIMITED') throw new Error(error.userMessage)
            throw error
          }
        },
      }),
      ...(env.entra
        ? [
            AzureADProvider({
              clientId: env.entra.clientId,
              clientSecret: env.entra.clientSecret,
              tenantId: env.entra.tenantId,
            }),
          ]
        : []),
    ],
    callbacks: {
      // Entra ID signs in only people who already have an account (invited), matched by email.
      async signIn({ user, account }) {
        if (account?.provider === 'credentials') return true
        return Boolean(user.email && (await findInvitedUser(user.email)))
      },
      async jwt({ token, user, account }) {
        if (user) token.sid = randomUUID()
        if (user && account?.provider === 'credentials') {
          token.uid = user.id
          token.sv = (user as { sessionVersion?: number }).sessionVersion
        } else if (user?.email && account) {
          const invited = await findInvitedUser(user.email)
          token.uid = invited?.id
          token.sv = invited?.sessionVersion
        }
        return token
      },
      async session({ session, token }) {
        return { ...session, uid: token.uid, sv: token.sv, sid: token.sid }
      },
    },
    events: {
      // "Sign out" ends this session on the server too: a copy of its cookie no longer works.
      async signOut({ token }) {
        if (typeof token?.sid === 'string') {
          const exp = typeof token.exp === 'number' ? token.exp * 1000 : Date.now() + SESSION_MAX_AGE_SECONDS * 1000
          await endSession(token.sid, new Date(exp))
        }
      },
    },
  }
}
