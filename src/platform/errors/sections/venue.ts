import type { ErrorEntries } from '../types.js';

/** Errors of the venue kit: a dialogue taken out to a laptop and brought home. */
export const venueErrors = {
  venue_file_unreadable: {
    status: 422,
    es: 'El archivo no es un archivo de Minga para diálogos en terreno: {detail}.',
    en: 'The file is not a Minga venue file: {detail}.',
  },
  venue_file_too_large: {
    status: 413,
    es: 'El archivo supera el máximo de {limit} para un diálogo en terreno.',
    en: 'The file is larger than the maximum of {limit} for a venue dialogue.',
  },
  venue_wrong_kind: {
    status: 422,
    es: 'Este es un archivo de {foundEs}; aquí se necesita uno de {expectedEs}.',
    en: 'This is a {foundEn} file; a {expectedEn} file is needed here.',
  },
  venue_version: {
    status: 422,
    es: 'El archivo es de la versión {version} del formato; esta instalación de Minga lee la versión {supported}. Actualiza Minga.',
    en: 'The file is of version {version} of the format; this Minga reads version {supported}. Update Minga.',
  },
  venue_signature_bad: {
    status: 422,
    es: 'La firma del archivo no coincide: fue modificado o dañado después de escribirse. No se importó nada.',
    en: 'The file’s signature does not match: it was changed or damaged after it was written. Nothing was imported.',
  },
  venue_unknown_checkout: {
    status: 422,
    es: 'Este almacén no entregó el diálogo {checkoutId}: el archivo viene de otra instalación o de un retiro que no existe. No se importó nada.',
    en: 'This store did not check out {checkoutId}: the file comes from another installation or a checkout that does not exist. Nothing was imported.',
  },
  venue_other_region: {
    status: 409,
    es: 'El diálogo se retiró para la región {expected}, pero {where} ahora es de {found}. No se importó nada.',
    en: 'The dialogue was checked out for region {expected}, but {where} is now of {found}. Nothing was imported.',
  },
  venue_edited_both_sides: {
    status: 409,
    es: 'El diálogo cambió en el almacén nacional y también en el portátil después del retiro; no se puede saber cuál vale. No se importó nada.',
    en: 'The dialogue changed on the national store and also on the laptop after the checkout; there is no telling which is right. Nothing was imported.',
  },
  venue_other_export_imported: {
    status: 409,
    es: 'Ya se importó otra exportación de este retiro ({at}); una segunda sería un diálogo editado en ambos lados. No se importó nada.',
    en: 'Another export of this checkout was already imported ({at}); a second one would be a dialogue edited on both sides. Nothing was imported.',
  },
  venue_dialogue_gone: {
    status: 409,
    es: 'El diálogo {dialogueId} ya no existe en este almacén. No se importó nada.',
    en: 'Dialogue {dialogueId} no longer exists on this store. Nothing was imported.',
  },
  venue_not_empty: {
    status: 409,
    es: 'El diálogo ya tiene {participants} participantes en este almacén; solo se retira un diálogo que aún no se ha realizado.',
    en: 'The dialogue already has {participants} participants on this store; only a dialogue not yet held can be checked out.',
  },
  venue_dialogue_closed: {
    status: 409,
    es: 'El diálogo está cerrado; no se puede retirar para realizarlo en terreno.',
    en: 'The dialogue is closed; it cannot be checked out to be held at a venue.',
  },
  venue_not_checked_out: {
    status: 409,
    es: 'El diálogo {dialogueId} no se abrió desde un archivo de retiro en este portátil; no hay a dónde devolverlo.',
    en: 'Dialogue {dialogueId} was not opened from a checkout file on this laptop; there is nowhere to bring it home to.',
  },
  venue_store_in_use: {
    status: 409,
    es: 'Este almacén ya tiene cuentas; un archivo de retiro se abre aquí solo en una instalación vacía (o con «minga dialogue open» en el portátil).',
    en: 'This store already has accounts; a checkout file is opened here only on an empty installation (or with "minga dialogue open" on the laptop).',
  },
} satisfies ErrorEntries;
