/**
 * Typed references to records of other features (kind + id, no foreign key), so that they can be
 * stored now and resolved once those features land. Only `dialogue` and `idea` resolve today.
 */
export const referenceKinds = [
  'dialogue', // foundation: dialogues.id
  'idea', // foundation: ideas.id
  'theme', // synthesis: a theme across dialogues
  'interview', // listening: an interview with an actor of the productive sector
  'council_session', // councils: a session of a regional council
  'council', // councils: a regional council (audience of a feedback session)
  'consultation', // consultations: an online consultation (of the region, or national)
] as const;
export type ReferenceKind = (typeof referenceKinds)[number];

/** Kinds a phase may attach. */
export const attachmentKinds = ['dialogue', 'interview', 'council_session', 'theme', 'consultation'] as const;
/** Kinds an initiative may come from. */
export const sourceKinds = ['idea', 'theme'] as const;
/** Kinds a feedback session may point to (who it was held with). */
export const feedbackRefKinds = ['council', 'council_session'] as const;
