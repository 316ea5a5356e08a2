/**
 * The editing screen of each kind of plan entity, for the one route shape
 * /plans/<slug>/<kind>/new and /plans/<slug>/<kind>/<id> (ADR 008). A fifth kind adds its
 * screen here.
 */
import type { ReactNode } from 'react'
import type { FormOf } from '@/lib/data/plan/entity-api'
import type { FormAction } from '@/lib/forms/state'
import { ActionForm } from './action-form'
import { MeasureForm } from './measure-form'
import { MilestoneForm } from './milestone-form'
import { PriorityForm } from './priority-form'
import type { DraftKind } from '@/lib/plan-fields'
import { ActionScreen } from './action-screen'
import { MeasureScreen } from './measure-screen'
import { MilestoneScreen } from './milestone-screen'
import { PriorityScreen } from './priority-screen'
import type { ScreenProps } from './screen-parts'

type Screen<K extends DraftKind> = {
  Screen: (props: ScreenProps<FormOf[K]>) => ReactNode
  title: { add: string; edit: string }
  /** The kind's form in proposal mode: the same questions, ending with "why" (lib/data/proposals). */
  propose: (form: FormOf[K], submit: FormAction) => ReactNode
  /** What the entity is called, for headings. */
  name: (form: FormOf[K]) => string
}

export const SCREENS: { [K in DraftKind]: Screen<K> } = {
  priorities: {
    Screen: PriorityScreen,
    title: { add: 'Add a priority', edit: 'Edit a priority' },
    propose: (f, submit) => <PriorityForm priority={f} submit={submit} mode="propose" />,
    name: (f) => f.fields.title,
  },
  actions: {
    Screen: ActionScreen,
    title: { add: 'Add an action', edit: 'Edit an action' },
    propose: (f, submit) => <ActionForm action={f} submit={submit} mode="propose" />,
    name: (f) => f.fields.title,
  },
  measures: {
    Screen: MeasureScreen,
    title: { add: 'Add a success measure', edit: 'Edit a success measure’s definition and targets' },
    propose: (f, submit) => <MeasureForm measure={f} submit={submit} mode="propose" />,
    name: (f) => f.fields.name,
  },
  milestones: {
    Screen: MilestoneScreen,
    title: { add: 'Add a milestone', edit: 'Change a milestone' },
    propose: (f, submit) => <MilestoneForm milestone={f.milestone} submit={submit} mode="propose" />,
    name: (f) => f.milestone?.title ?? '',
  },
}

/** A kind's screen, for a form of that kind (the registry is typed per kind; a page holds one of them). */
export function screenOf<K extends DraftKind>(kind: K, props: ScreenProps<FormOf[K]>): ReactNode {
  const { Screen } = SCREENS[kind] as Screen<K>
  return <Screen {...props} />
}

/** A kind's form in proposal mode, for a form of that kind. */
export function proposalFormOf<K extends DraftKind>(kind: K, form: FormOf[K], submit: FormAction): ReactNode {
  return (SCREENS[kind] as Screen<K>).propose(form, submit)
}

export const nameOf = <K extends DraftKind>(kind: K, form: FormOf[K]): string => (SCREENS[kind] as Screen<K>).name(form)
