import type { ErrorEntries } from '../types.js';

/** Errors of results: the data package, reports, demo data and open data. */
export const resultErrors = {
  package_refused: {
    status: 422,
    es: 'El paquete no se importó: tiene {count} problemas y no se guardó nada.',
    en: 'The package was not imported: it has {count} problems and nothing was stored.',
  },
  package_not_zip: {
    status: 400,
    es: 'Envía el paquete como un archivo .zip con los CSV de datos de Minga.',
    en: 'Send the package as a .zip file holding the Minga CSV files.',
  },
  demo_store_not_empty: {
    status: 409,
    es: 'Ya hay diálogos guardados; los datos de demostración solo se cargan en una instalación vacía.',
    en: 'There are dialogues already; demo data can only be loaded into an empty installation.',
  },
  dialogue_not_closed: {
    status: 409,
    es: 'Solo se publican diálogos cerrados.',
    en: 'Only closed dialogues can be published.',
  },
} satisfies ErrorEntries;
