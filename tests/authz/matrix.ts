/**
 * The authorisation matrix the tests are driven by: for each permission, what each role may do
 * on a row of its own area, of another area, and (for owner-scoped grants) a row it owns.
 * Written out by hand on purpose, so a change to lib/permissions.ts has to be made twice.
 */
import type { Permission, Role } from '@/lib/permissions'

export type Outcome = { ownArea: boolean; otherArea: boolean; ownRow?: boolean }
export const MATRIX: Record<Permission, Record<Role, Outcome>> = {
  'read:dashboard': {
    ADMIN: { ownArea: true, otherArea: true },
    DELIVERY_TEAM: { ownArea: true, otherArea: false },
    CHAIR: { ownArea: true, otherArea: false },
    PARTNER: { ownArea: true, otherArea: false },
  },
  'read:draft-plan': {
    ADMIN: { ownArea: true, otherArea: true },
    DELIVERY_TEAM: { ownArea: true, otherArea: false },
    CHAIR: { ownArea: true, otherArea: false },
    PARTNER: { ownArea: true, otherArea: false },
  },
  'edit:plan': {
    ADMIN: { ownArea: true, otherArea: true },
    DELIVERY_TEAM: { ownArea: true, otherArea: false },
    CHAIR: { ownArea: false, otherArea: false },
    PARTNER: { ownArea: false, otherArea: false },
  },
  'submit:plan': {
    ADMIN: { ownArea: true, otherArea: true },
    DELIVERY_TEAM: { ownArea: true, otherArea: false },
    CHAIR: { ownArea: false, otherArea: false },
    PARTNER: { ownArea: false, otherArea: false },
  },
  'approve:plan': {
    ADMIN: { ownArea: true, otherArea: true },
    DELIVERY_TEAM: { ownArea: false, otherArea: false },
    CHAIR: { ownArea: true, otherArea: false },
    PARTNER: { ownArea: false, otherArea: false },
  },
  'post:action-update': {
    ADMIN: { ownArea: true, otherArea: true, ownRow: true },
    DELIVERY_TEAM: { ownArea: true, otherArea: false, ownRow: true },
    CHAIR: { ownArea: false, otherArea: false, ownRow: false },
    PARTNER: { ownArea: false, otherArea: false, ownRow: true },
  },
  'create:proposal': {
    ADMIN: { ownArea: true, otherArea: true },
    DELIVERY_TEAM: { ownArea: false, otherArea: false },
    CHAIR: { ownArea: true, otherArea: false },
    PARTNER: { ownArea: true, otherArea: false },
  },
  'respond:proposal': {
    ADMIN: { ownArea: true, otherArea: true },
    DELIVERY_TEAM: { ownArea: true, otherArea: false },
    CHAIR: { ownArea: true, otherArea: false },
    PARTNER: { ownArea: false, otherArea: false },
  },
  'edit:funding': {
    ADMIN: { ownArea: true, otherArea: true },
    DELIVERY_TEAM: { ownArea: true, otherArea: false },
    CHAIR: { ownArea: false, otherArea: false },
    PARTNER: { ownArea: false, otherArea: false },
  },
  'sign-off:funding': {
    ADMIN: { ownArea: true, otherArea: true },
    DELIVERY_TEAM: { ownArea: false, otherArea: false },
    CHAIR: { ownArea: true, otherArea: false },
    PARTNER: { ownArea: false, otherArea: false },
  },
  'manage:partner': {
    ADMIN: { ownArea: true, otherArea: true },
    DELIVERY_TEAM: { ownArea: true, otherArea: false },
    CHAIR: { ownArea: false, otherArea: false },
    PARTNER: { ownArea: false, otherArea: false },
  },
  'manage:user': {
    ADMIN: { ownArea: true, otherArea: true },
    DELIVERY_TEAM: { ownArea: false, otherArea: false },
    CHAIR: { ownArea: false, otherArea: false },
    PARTNER: { ownArea: false, otherArea: false },
  },
  'read:audit': {
    ADMIN: { ownArea: true, otherArea: true },
    DELIVERY_TEAM: { ownArea: true, otherArea: false },
    CHAIR: { ownArea: true, otherArea: false },
    PARTNER: { ownArea: false, otherArea: false },
  },
  'read:board': {
    ADMIN: { ownArea: true, otherArea: true },
    DELIVERY_TEAM: { ownArea: true, otherArea: false },
    CHAIR: { ownArea: true, otherArea: false },
    PARTNER: { ownArea: true, otherArea: false },
  },
  'manage:board': {
    ADMIN: { ownArea: true, otherArea: true },
    DELIVERY_TEAM: { ownArea: true, otherArea: false },
    CHAIR: { ownArea: false, otherArea: false },
    PARTNER: { ownArea: false, otherArea: false },
  },
  'propose:agenda-item': {
    ADMIN: { ownArea: true, otherArea: true },
    DELIVERY_TEAM: { ownArea: true, otherArea: false },
    CHAIR: { ownArea: true, otherArea: false },
    PARTNER: { ownArea: true, otherArea: false },
  },
  'set:agenda': {
    ADMIN: { ownArea: true, otherArea: true },
    DELIVERY_TEAM: { ownArea: false, otherArea: false },
    CHAIR: { ownArea: true, otherArea: false },
    PARTNER: { ownArea: false, otherArea: false },
  },
  'open:consultation': {
    ADMIN: { ownArea: true, otherArea: true },
    DELIVERY_TEAM: { ownArea: false, otherArea: false },
    CHAIR: { ownArea: true, otherArea: false },
    PARTNER: { ownArea: false, otherArea: false },
  },
  'respond:consultation': {
    ADMIN: { ownArea: false, otherArea: false },
    DELIVERY_TEAM: { ownArea: true, otherArea: false },
    CHAIR: { ownArea: true, otherArea: false },
    PARTNER: { ownArea: true, otherArea: false },
  },
  'post:comment': {
    ADMIN: { ownArea: true, otherArea: true },
    DELIVERY_TEAM: { ownArea: true, otherArea: false },
    CHAIR: { ownArea: true, otherArea: false },
    PARTNER: { ownArea: true, otherArea: false },
  },
  'answer:comment': {
    ADMIN: { ownArea: true, otherArea: true },
    DELIVERY_TEAM: { ownArea: true, otherArea: false },
    CHAIR: { ownArea: true, otherArea: false },
    PARTNER: { ownArea: false, otherArea: false },
  },
  'read:board-load': {
    ADMIN: { ownArea: true, otherArea: true },
    DELIVERY_TEAM: { ownArea: true, otherArea: false },
    CHAIR: { ownArea: true, otherArea: false },
    PARTNER: { ownArea: false, otherArea: false },
  },
  'correct:origin': {
    ADMIN: { ownArea: true, otherArea: true },
    DELIVERY_TEAM: { ownArea: false, otherArea: false },
    CHAIR: { ownArea: true, otherArea: false },
    PARTNER: { ownArea: false, otherArea: false },
  },
}
