import type { ErrorEntries } from '../types.js';

/** Errors of staff accounts and of who may run which dialogue. */
export const staffErrors = {
  regions_required: {
    status: 400,
    es: 'Toda cuenta que no sea del equipo nacional necesita al menos una región (campo regions).',
    en: 'Every account other than the national team needs at least one region (field regions).',
  },
  not_a_facilitator: {
    status: 422,
    es: 'La cuenta {userId} no es de facilitación: solo se asignan facilitadoras y facilitadores.',
    en: 'Account {userId} is not a facilitator account: only facilitators can be assigned.',
  },
  facilitator_other_region: {
    status: 422,
    es: 'La cuenta {userId} no pertenece a la región de este diálogo ({regionCode}).',
    en: 'Account {userId} does not belong to the region of this dialogue ({regionCode}).',
  },
} satisfies ErrorEntries;
