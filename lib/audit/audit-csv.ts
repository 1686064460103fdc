// CSV for the audit export (RFC 4180: comma-separated, CRLF, quotes doubled inside quoted cells).
// A cell that starts with = + - @ (or a tab / carriage return) would be run as a formula when the file
// is opened in a spreadsheet (OWASP "CSV injection"); such cells get a leading apostrophe.

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | Date | null | undefined): string {
  if (value === null || value === undefined) return "";
  let text = value instanceof Date ? value.toISOString() : String(value);
  if (typeof value === "string" && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvRow(values: readonly (string | number | Date | null | undefined)[]): string {
  return `${values.map(csvCell).join(",")}\r\n`;
}

export const AUDIT_CSV_HEADER = [
  "time",
  "actor",
  "action",
  "target_type",
  "target_id",
  "summary",
  "correlation_id",
] as const;
