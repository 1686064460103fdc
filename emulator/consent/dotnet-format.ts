/**
 * How .NET writes the values the consent API returns, so the emulator's JSON looks like Altinn's:
 * System.Text.Json writes a DateTimeOffset read back from PostgreSQL (UTC) with its offset spelled "+00:00" and
 * the fraction without trailing zeros (e.g. "2025-07-18T07:57:30.409251+00:00" in Altinn's consent token
 * example, ../shared/realdata/consent_token_payload.smartbank.json); Guid.ToByteArray() puts the first three
 * groups little-endian (used for the events feed's continuation token).
 */

/** An instant as .NET serialises a UTC DateTimeOffset. */
export function dotnetDateTimeOffset(instant: string | number | Date): string {
  const iso = new Date(instant).toISOString(); // 2026-01-20T10:34:34.800Z
  const [seconds = "", fraction = ""] = iso.slice(0, -1).split(".");
  const trimmed = fraction.replace(/0+$/, "");
  return `${seconds}${trimmed ? `.${trimmed}` : ""}+00:00`;
}

/** DateTimeOffset.ToString("O") of a UTC instant: seven fraction digits, as ASP.NET writes it into a next link. */
export function dotnetRoundTripFormat(instant: number): string {
  const iso = new Date(instant).toISOString();
  return `${iso.slice(0, 19)}.${iso.slice(20, 23)}0000+00:00`;
}

const SWAPPED_GROUPS: [number, number][] = [
  [0, 4],
  [4, 6],
  [6, 8],
];

/** Guid.ToByteArray(): the canonical uuid's bytes with the first three groups reversed. */
export function guidToDotnetBytes(uuid: string): Buffer {
  const bytes = Buffer.from(uuid.replace(/-/g, ""), "hex");
  for (const [start, end] of SWAPPED_GROUPS) bytes.subarray(start, end).reverse();
  return bytes;
}

/** new Guid(byte[]): the inverse of guidToDotnetBytes, as a lower-case canonical uuid. */
export function guidFromDotnetBytes(source: Buffer): string {
  const bytes = Buffer.from(source);
  for (const [start, end] of SWAPPED_GROUPS) bytes.subarray(start, end).reverse();
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * Convert.FromBase64String: whitespace is ignored, anything else outside the alphabet, a bad length or misplaced
 * padding is a FormatException (the caller turns it into InvalidContinuationToken).
 */
export function strictBase64Decode(text: string): Buffer | undefined {
  const compact = text.replace(/[ \t\r\n]/g, "");
  if (compact.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(compact)) return undefined;
  return Buffer.from(compact, "base64");
}
