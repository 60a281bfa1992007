import type { ErrorEntries } from '../types.js';

/** Errors of Karabirrdt planning: loops of threads, steps, dates, concurrent edits, plan files. */
export const karabirrdtErrors = {
  karabirrdt_loop: {
    status: 422,
    es: 'Este hilo cerraría un ciclo: {loop}. Los hilos no pueden formar ciclos.',
    en: 'This thread would close a loop: {loop}. Threads cannot form loops.',
  },
  karabirrdt_step_unknown: {
    status: 422,
    es: 'El paso {step} no existe: los pasos van del 1 (toma de conciencia) al 12 (evaluación y sabiduría).',
    en: 'Step {step} does not exist: steps go from 1 (awareness) to 12 (evaluation and wisdom).',
  },
  karabirrdt_dates_out_of_order: {
    status: 422,
    es: 'La fecha de término ({end}) es anterior a la de inicio ({start}).',
    en: 'The end date ({end}) is before the start date ({start}).',
  },
  karabirrdt_version_conflict: {
    status: 409,
    es: 'Otra persona cambió «{title}» mientras la editabas (tu edición partía de la versión {sent}; ahora es la {current}). Revisa sus cambios y elige qué guardar.',
    en: 'Someone else changed "{title}" while you were editing it (your edit started from version {sent}; it is now {current}). Review their changes and choose what to keep.',
  },
  karabirrdt_too_many_objectives: {
    status: 422,
    es: 'Un plan tiene entre 6 y 8 objetivos; este ya tiene {count}.',
    en: 'A plan has 6 to 8 objectives; this one already has {count}.',
  },
  karabirrdt_poll_over_budget: {
    status: 422,
    es: 'Cada persona reparte {budget} puntos; esta distribución usa {used}.',
    en: 'Each person spreads {budget} dots; this distribution uses {used}.',
  },
  karabirrdt_reference: {
    status: 422,
    es: 'No existe en este plan: {what}.',
    en: 'Not in this plan: {what}.',
  },
  karabirrdt_thread_exists: {
    status: 409,
    es: 'Ese hilo ya existe.',
    en: 'That thread already exists.',
  },
  karabirrdt_invalid_file: {
    status: 422,
    es: 'El archivo del plan no es válido ({count} problemas); no se guardó nada.',
    en: 'The plan file is not valid ({count} problems); nothing was stored.',
  },
} satisfies ErrorEntries;
