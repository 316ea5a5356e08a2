/** What a plan entity's form is for: editing it in the draft, adding one, or proposing either. */
export type FormMode = 'edit' | 'add' | 'propose'
