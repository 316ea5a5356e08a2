import { describe, expect, it } from 'vitest'
import { PERMISSIONS, areaFilter, can, canAny, type Role, type Viewer } from '@/lib/permissions'
import { MATRIX } from '../authz/matrix'

const ROLES: Role[] = ['ADMIN', 'DELIVERY_TEAM', 'CHAIR', 'PARTNER']
const viewer = (role: Role): Viewer => ({ id: 'u1', role, areaIds: ['own'] })

describe('the permission policy follows the authorisation matrix', () => {
  it('covers every permission', () => {
    expect(Object.keys(MATRIX).sort()).toEqual([...PERMISSIONS].sort())
  })

  for (const permission of PERMISSIONS) {
    for (const role of ROLES) {
      const expected = MATRIX[permission][role]
      it(`${role} ${permission}: own area ${expected.ownArea}, other area ${expected.otherArea}`, () => {
        expect(can(viewer(role), permission, { areaId: 'own', ownerId: 'someone-else' })).toBe(expected.ownArea)
        expect(can(viewer(role), permission, { areaId: 'other', ownerId: 'u1' })).toBe(expected.otherArea)
        if (expected.ownRow !== undefined)
          expect(can(viewer(role), permission, { areaId: 'own', ownerId: 'u1' })).toBe(expected.ownRow)
        expect(can(null, permission, { areaId: 'own' })).toBe(false)
        expect(canAny(viewer(role), permission)).toBe(expected.otherArea)
      })
    }
  }

  it('filters lists to the viewer’s areas unless the grant covers every area', () => {
    expect(areaFilter(viewer('ADMIN'), 'read:audit')).toBeNull()
    expect(areaFilter(viewer('CHAIR'), 'read:audit')).toEqual(['own'])
    expect(areaFilter(viewer('PARTNER'), 'read:audit')).toEqual([])
  })
})
