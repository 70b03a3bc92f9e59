/** CSV text (RFC 4180) for reports opened in spreadsheets. */

/**
 * One CSV cell: quoted when it holds a comma, quote or line break (quotes doubled).
 * A cell starting with = + - @ is prefixed with ' so a spreadsheet shows it as text
 * instead of running it as a formula (a learner chooses their file's name).
 */
export function csvCell(value: string | number | boolean | null): string {
  let text = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text) && typeof value === 'string') text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The CSV text of `header` and `rows`, lines ending in CRLF as RFC 4180 asks. */
export function toCsv(header: string[], rows: Array<Array<string | number | boolean | null>>): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
