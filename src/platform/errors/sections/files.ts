import type { ErrorEntries } from '../types.js';

/** Errors of uploaded files: the multipart envelope, sizes, zips and spreadsheets. */
export const fileErrors = {
  upload_not_multipart: {
    status: 415,
    es: 'Envía el archivo como multipart/form-data en el campo «{field}».',
    en: 'Send the file as multipart/form-data in the field "{field}".',
  },
  upload_missing: {
    status: 400,
    es: 'Falta el archivo: envíalo en el campo «{field}».',
    en: 'The file is missing: send it in the field "{field}".',
  },
  upload_too_large: {
    status: 413,
    es: 'El archivo supera el máximo de {limit}.',
    en: 'The file is larger than the maximum of {limit}.',
  },
  zip_unreadable: {
    status: 422,
    es: 'No se pudo leer el .zip: {detail}.',
    en: 'The .zip could not be read: {detail}.',
  },
  zip_too_many_entries: {
    status: 422,
    es: 'El .zip tiene más de {limit} archivos.',
    en: 'The .zip holds more than {limit} files.',
  },
  zip_file_too_large: {
    status: 413,
    es: '«{file}» descomprimido supera el máximo de {limit} por archivo.',
    en: '"{file}" is larger than the maximum of {limit} per file once unpacked.',
  },
  zip_total_too_large: {
    status: 413,
    es: 'El contenido del .zip supera el máximo de {limit} descomprimido (al leer «{file}»).',
    en: 'The .zip unpacks to more than the maximum of {limit} (while reading "{file}").',
  },
  zip_ratio_too_high: {
    status: 422,
    es: 'El .zip se expande más de {limit} veces su tamaño (al leer «{file}»): no parece un paquete real.',
    en: 'The .zip expands to more than {limit} times its size (while reading "{file}"): it does not look like a real package.',
  },
  sheet_too_many_rows: {
    status: 422,
    es: 'La planilla tiene más de {limit} filas de datos (hay datos en la fila {row}).',
    en: 'The spreadsheet has more than {limit} data rows (there is data in row {row}).',
  },
  sheet_too_many_columns: {
    status: 422,
    es: 'La planilla usa más de {limit} columnas (hay datos en la celda {cell}).',
    en: 'The spreadsheet uses more than {limit} columns (there is data in cell {cell}).',
  },
  sheet_too_many_cells: {
    status: 422,
    es: 'La planilla tiene más de {limit} celdas; deja solo la hoja con las columnas de la plantilla.',
    en: 'The spreadsheet has more than {limit} cells; keep only the sheet with the template columns.',
  },
  sheet_cell_too_long: {
    status: 422,
    es: 'La celda {cell} tiene más de {limit} caracteres.',
    en: 'Cell {cell} has more than {limit} characters.',
  },
} satisfies ErrorEntries;
