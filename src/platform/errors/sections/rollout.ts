import type { ErrorEntries } from '../types.js';

/** Errors of the rollout: units files for waves, pilots, evaluations, model versions and waves. */
export const rolloutErrors = {
  rollout_units_invalid: {
    status: 422,
    es: 'El archivo de unidades {file} no se puede usar: {detail}',
    en: 'The units file {file} cannot be used: {detail}',
  },
  rollout_groups_invalid: {
    status: 422,
    es: 'No se pueden formar {groups} grupos con {units} unidades: el número de grupos debe estar entre 1 y {units}.',
    en: 'Cannot form {groups} groups from {units} units: the number of groups must be between 1 and {units}.',
  },
  rollout_pilots_invalid: {
    status: 422,
    es: 'El número de pilotos debe estar entre 1 y {units}.',
    en: 'The number of pilots must be between 1 and {units}.',
  },
} satisfies ErrorEntries;
