import { describe, expect, it } from "vitest";
import { parseOrgNumberCsv } from "./parse-org-number-csv";

describe("parseOrgNumberCsv", () => {
  it("keeps valid numbers and names each bad line by number and reason", () => {
    const csv = ["orgnr;name", "974761076;Skatteetaten", "123456789", "", "889 640 782", "abc", "974761076"].join("\n");
    expect(parseOrgNumberCsv(csv)).toEqual({
      orgNumbers: ["974761076", "889640782"],
      errors: [
        { line: 3, value: "123456789", reason: "checksum" },
        { line: 6, value: "abc", reason: "format" },
        { line: 7, value: "974761076", reason: "duplicate" },
      ],
    });
  });

  it("reads CRLF, quoted first columns, a BOM and comments", () => {
    const csv = '\uFEFF"991825827",Digdir\r\n# comment\r\n313876144\t1\r\n';
    expect(parseOrgNumberCsv(csv)).toEqual({ orgNumbers: ["991825827", "313876144"], errors: [] });
  });

  it("treats a first line with digits as data, not a header", () => {
    expect(parseOrgNumberCsv("12345\n910753614").errors).toEqual([{ line: 1, value: "12345", reason: "format" }]);
  });
});
