import { describe, expect, it } from "vitest";
import { EXIT, runCli } from "./definitions-cli";

// The CLI against a stand-in for the portal's API (the real round trip is e2e/definitions-cli.spec.ts): what it
// sends, what it prints, and its exit codes.

const env = { CONSENT_PORTAL_URL: "https://portal.example/", CONSENT_PORTAL_TOKEN: "cpt_secret" };
const change = {
  action: "update",
  kind: "scope",
  key: "inntekt.read",
  fields: ["description"],
  summary: "Description",
};

function harness(answer: (url: string, init: RequestInit) => Response) {
  const out: string[] = [];
  const err: string[] = [];
  const files: Record<string, string> = { "skd.yaml": "apiVersion: consent-portal/v1\n" };
  const sent: { url: string; init: RequestInit }[] = [];
  const io = {
    env,
    out: (line: string) => void out.push(line),
    err: (line: string) => void err.push(line),
    readFile: async (path: string) => files[path] ?? Promise.reject(Object.assign(new Error("x"), { code: "ENOENT" })),
    writeFile: async (path: string, text: string) => void (files[path] = text),
    fetch: (async (url: string, init: RequestInit) => {
      sent.push({ url, init });
      return answer(url, init);
    }) as unknown as typeof fetch,
  };
  const run = (...argv: string[]) => runCli(argv, io);
  return { out, err, files, sent, run };
}

describe("runCli", () => {
  it("plans: 0 with no change, 2 with changes, sending the file with the token", async () => {
    let changes: unknown[] = [];
    const cli = harness(() => Response.json({ changes }));
    expect(await cli.run("plan", "-f", "skd.yaml", "--org", "974761076")).toBe(EXIT.ok);
    expect(cli.out.at(-1)).toContain("No changes");
    const [request] = cli.sent;
    expect(request?.url).toBe("https://portal.example/api/v1/orgs/974761076/definitions/plan?environment=test");
    expect(request?.init.headers).toMatchObject({
      authorization: "Bearer cpt_secret",
      "content-type": "application/yaml",
    });
    expect(request?.init.body).toBe("apiVersion: consent-portal/v1\n");
    changes = [change];
    expect(await cli.run("plan", "-f", "skd.yaml", "--org", "974761076", "--env", "prod")).toBe(EXIT.changes);
    expect(cli.out.at(-1)).toBe("  ~ update scope inntekt.read [description]: Description");
    expect(cli.sent[1]?.url).toContain("environment=prod");
  });

  it("exports to the file and applies, printing what was applied", async () => {
    const cli = harness((url) =>
      url.includes("/apply") ? Response.json({ applied: [change] }) : new Response("kind: x\n"),
    );
    expect(await cli.run("export", "-f", "out.yaml", "--org", "974761076")).toBe(EXIT.ok);
    expect(cli.files["out.yaml"]).toBe("kind: x\n");
    expect(cli.sent[0]?.url).toContain("/definitions?environment=test&format=yaml");
    expect(await cli.run("apply", "-f", "out.yaml", "--org", "974761076")).toBe(EXIT.ok);
    expect(cli.out.slice(-2)).toEqual([
      "Applied 1 change(s):",
      "  ~ update scope inntekt.read [description]: Description",
    ]);
  });

  it("prints a refusal's status, message and problems, never a stack trace", async () => {
    const refusal = {
      error: { code: "VALIDATION", message: "Not valid.", fieldErrors: { "kind, line 2": ["Wrong."] } },
    };
    const cli = harness(() => Response.json(refusal, { status: 400 }));
    expect(await cli.run("plan", "-f", "skd.yaml", "--org", "974761076")).toBe(EXIT.failed);
    expect(cli.err).toEqual(["Refused (400): Not valid.", "  kind, line 2: Wrong."]);
    const revoked = harness(() =>
      Response.json({ error: { code: "UNAUTHENTICATED", message: "Revoked." } }, { status: 401 }),
    );
    expect(await revoked.run("apply", "-f", "skd.yaml", "--org", "974761076")).toBe(EXIT.failed);
    expect(revoked.err).toEqual(["Refused (401): Revoked."]);
    expect(await revoked.run("plan", "-f", "missing.yaml", "--org", "974761076")).toBe(EXIT.failed);
    expect(revoked.err.at(-1)).toBe("Cannot read missing.yaml: no such file.");
  });

  it("answers a wrong command line with what is wrong and the usage", async () => {
    const cli = harness(() => Response.json({}));
    expect(await cli.run("destroy", "-f", "skd.yaml", "--org", "974761076")).toBe(EXIT.usage);
    expect(cli.err[0]).toContain("Name one command");
    expect(await cli.run("plan", "-f", "skd.yaml", "--org", "12")).toBe(EXIT.usage);
    expect(await cli.run("plan", "--bogus")).toBe(EXIT.usage);
    expect(await cli.run("--help")).toBe(EXIT.ok);
    expect(cli.out[0]).toContain("Usage: npm run cli");
    expect(cli.sent).toHaveLength(0);
  });
});
