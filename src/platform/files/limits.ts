/**
 * How big an uploaded file may be, in one place so every upload (data package, portfolio update,
 * any future one) answers the same way. Each number is several times what a real national run
 * needs, and small enough that the worst file within it costs seconds, not the server.
 */
export const MB = 1024 * 1024;

export const uploadLimits = {
  /**
   * A data package as uploaded. The demo's national process (16 dialogues, 1,820 ideas) zips to
   * well under 1 MB; a national run with tens of thousands of participants stays within a few MB.
   */
  packageBytes: 25 * MB,
  /** A portfolio update: a few hundred initiatives, one row each. */
  spreadsheetBytes: 5 * MB,
  /**
   * A venue file (the venue kit): a dialogue of 300 people with 1,000 ideas, their dots and events
   * exports to about 2 MB of JSON; 25 MB holds a dialogue ten times as large.
   */
  venueBytes: 25 * MB,
  /**
   * A Pol.is export (participants-votes.csv, or a .zip with it and comments.csv). The largest
   * public conversations (a few thousand people, a few hundred comments) are 1–5 MB of CSV.
   */
  polisBytes: 25 * MB,
} as const;

/**
 * What an imported Pol.is conversation may hold: several times the largest public ones, and
 * small enough that storing it vote by vote takes seconds on either store.
 */
export const polisLimits = {
  participants: 50_000,
  statements: 2_000,
  votes: 1_000_000,
} as const;

export const zipLimits = {
  /** A package has 9 CSV files; an XLSX a few dozen parts. More is not a package. */
  entries: 200,
  /**
   * Unpacked, per file and in total: votes.csv of 40,000 participants × 10 dots is ~20 MB, so a
   * package 10× that still fits; a zip bomb stops here long before memory does.
   */
  packageFileBytes: 200 * MB,
  packageTotalBytes: 300 * MB,
  /** An XLSX of 5,000 rows unpacks to a few MB. */
  sheetTotalBytes: 40 * MB,
  /**
   * CSV and sheet XML compress 5–20×; text that repeats a lot, up to ~60×. Beyond 100× it is built
   * to expand. Checked once the content passes `ratioFloorBytes` (tiny files can compress more).
   */
  ratio: 100,
  ratioFloorBytes: 1 * MB,
} as const;

export const sheetLimits = {
  /** Data rows of a spreadsheet (the header is not counted). */
  rows: 5_000,
  /** Columns with data: the templates have fewer than 10. */
  columns: 64,
  /** Cells in the workbook's sheets, counted in the XML before building any cell. */
  cells: 200_000,
  /** Characters in one cell: the longest field (a note) takes 2,000. */
  cellChars: 10_000,
} as const;

export const formatBytes = (bytes: number) =>
  bytes >= MB ? `${Math.round(bytes / MB)} MB` : `${Math.round(bytes / 1024)} KB`;
