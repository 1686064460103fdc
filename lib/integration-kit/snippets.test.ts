import { execFileSync } from "node:child_process";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import type { TConsentRequestBody } from "./consent-request-rules";
import { consentTokenScope, curlSnippet, jsonSnippet, typescriptSnippet, type TKitEndpoints } from "./snippets";
import { builtRequest } from "./test-support/kit-fixtures";

// The copyable snippets must carry exactly the body the portal would send, survive any text the user typed, and
// never contain key material.

const body: TConsentRequestBody = {
  ...builtRequest,
  consentRights: [{ ...builtRequest.consentRights[0]!, metadata: { inntektsaar: "2029" } }],
  // Everything that breaks naive quoting: single and double quotes, $, backticks, ${…}, a backslash and a newline.
  requestMessage: { nb: `Kari's "lån" koster $HOME \`uname\` \${process.exit()} \\ ny\nlinje` },
  redirectUrl: "https://bank.example/done?flow=1&x='y'",
};

const endpoints: TKitEndpoints = {
  tokenUrl: "https://test.maskinporten.no/token",
  audience: "https://test.maskinporten.no/",
  consentRequestsUrl: "https://platform.tt02.altinn.no/accessmanagement/api/v1/enterprise/consentrequests",
};
const SCOPE = "skd:inntekt.read";

/** What bash makes of a shell word, e.g. `'it'\''s'` → `it's`. */
const shellWord = (word: string) => execFileSync("bash", ["-c", `printf %s ${word}`], { encoding: "utf8" });

const KEY_MATERIAL = [/BEGIN [A-Z ]*PRIVATE KEY/, /"d"\s*:/, /"p"\s*:/, /"q"\s*:/, /MII[A-Za-z0-9+/]{20}/];

describe("consentTokenScope", () => {
  it("is the service's scopes, else the consent API's read scope", () => {
    expect(consentTokenScope(["skd:inntekt.read", "skd:formue.read"])).toBe("skd:inntekt.read skd:formue.read");
    expect(consentTokenScope([])).toBe("altinn:consentrequests.read");
  });
});

describe("jsonSnippet", () => {
  it("parses back to the body", () => {
    expect(JSON.parse(jsonSnippet(body))).toEqual(body);
  });
});

describe("curlSnippet", () => {
  const curl = curlSnippet(body, endpoints, SCOPE);

  it("quotes the body so the shell passes it on unchanged, single quotes included", () => {
    const data = /^ {2}--data (.*)$/m.exec(curl)?.[1];
    expect(data).toBeDefined();
    expect(data).toContain(`'\\''`);
    expect(JSON.parse(shellWord(data!))).toEqual(body);
  });

  it("posts to the endpoints and names the scopes and the consent for the second token", () => {
    expect(shellWord(/curl -s -X POST (\S+)/.exec(curl)![1]!)).toBe(endpoints.consentRequestsUrl);
    expect(curl).toContain(`curl -s '${endpoints.tokenUrl}'`);
    expect(curl).toContain(`aud=${endpoints.audience}`);
    expect(curl).toContain("scope=altinn:consentrequests.write");
    expect(curl).toContain(`scope=${SCOPE}`);
    expect(curl).toContain(JSON.stringify([{ type: "urn:altinn:consent", id: body.id, from: body.from }]));
  });

  it("holds no key material", () => {
    for (const pattern of KEY_MATERIAL) expect(curl).not.toMatch(pattern);
  });
});

describe("typescriptSnippet", () => {
  const code = typescriptSnippet(body, endpoints, SCOPE);

  it("is valid TypeScript whatever the user typed", () => {
    const { diagnostics } = ts.transpileModule(code, {
      reportDiagnostics: true,
      compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
    });
    expect(diagnostics?.map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"))).toEqual([]);
  });

  it("sends the exact body to the consent request endpoint", () => {
    const literal = /body: JSON\.stringify\((\{[\s\S]*?\n {2}\})\),/.exec(code)?.[1];
    expect(JSON.parse(literal!)).toEqual(body);
    expect(code).toContain(`fetch(${JSON.stringify(endpoints.consentRequestsUrl)}`);
  });

  it("asks Maskinporten for the write scope, then the consent token with the id and the service's scope", () => {
    expect(code).toContain(`fetch(${JSON.stringify(endpoints.tokenUrl)}`);
    expect(code).toContain(`.setAudience(${JSON.stringify(endpoints.audience)})`);
    expect(code).toContain('maskinportenToken("altinn:consentrequests.write")');
    expect(code).toContain(`maskinportenToken(${JSON.stringify(SCOPE)}, {`);
    expect(code).toContain(`id: ${JSON.stringify(body.id)}, from: ${JSON.stringify(body.from)}`);
  });

  it("reads Altinn's return and status as Altinn writes them: Status=OK|Failed, statuses compared ignoring case", () => {
    expect(code).toContain("Status=OK, or Status=Failed&ErrorMessage=");
    expect(code).not.toMatch(/\?id=…&status=/);
    expect(code).toContain('status.toLowerCase() !== "accepted"');
    expect(curlSnippet(body, endpoints, SCOPE)).toContain("Status=OK or Status=Failed&ErrorMessage=");
  });

  it("reads the private key from the environment and holds no key material", () => {
    expect(code).toContain("process.env.MASKINPORTEN_PRIVATE_KEY");
    for (const pattern of KEY_MATERIAL) expect(code).not.toMatch(pattern);
  });
});
