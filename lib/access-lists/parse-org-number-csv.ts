import { isValidOrganisationNumber } from "@/lib/platform/validation/organisation-number";

// Organisation numbers pasted or uploaded as CSV: one per line, or the first column of a CSV export (`;` `,` or tab
// separated). Blank lines, `#` comments and a header line without digits are skipped. Spaces inside a number
// ("974 761 076") are allowed because that is how Brønnøysund prints them.

export type TCsvLineError = { line: number; value: string; reason: "format" | "checksum" | "duplicate" };

export type TParsedCsv = {
  /** Valid, distinct numbers in file order. */
  orgNumbers: string[];
  errors: TCsvLineError[];
};

export function parseOrgNumberCsv(text: string): TParsedCsv {
  const orgNumbers: string[] = [];
  const errors: TCsvLineError[] = [];
  const seen = new Map<string, number>();
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  lines.forEach((raw, index) => {
    const line = index + 1;
    const trimmed = raw.trim();
    if (trimmed === "" || trimmed.startsWith("#")) return;
    const first = (trimmed.split(/[;,\t]/)[0] ?? "")
      .trim()
      .replace(/^"(.*)"$/, "$1")
      .trim();
    if (index === 0 && !/\d/.test(first)) return; // a header such as "orgnr"
    const value = first.replace(/\s+/g, "");
    if (!/^\d{9}$/.test(value)) return void errors.push({ line, value: first.slice(0, 40), reason: "format" });
    if (!isValidOrganisationNumber(value)) return void errors.push({ line, value, reason: "checksum" });
    if (seen.has(value)) return void errors.push({ line, value, reason: "duplicate" });
    seen.set(value, line);
    orgNumbers.push(value);
  });
  return { orgNumbers, errors };
}
