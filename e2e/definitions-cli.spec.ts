import { execFile } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse, stringify } from "yaml";
import { uniqueSuffix } from "../test/factories";
import { E2E_PORTAL_URL } from "./support/e2e-env";
import { expect, test } from "./support/fixtures";
import { emulatorScope, SKD } from "./support/scopes";

// The proof of definitions as code: the CLI (`npm run cli`) as a child process against the e2e portal, with
// an API token of Skatteetaten's: export, edit, plan lists exactly the edit, apply, the emulator's Maskinporten has
// it, a second plan is empty; once the token is revoked in the portal, the CLI is refused with a clear message.
// Skatteetaten is shared with other specs running at the same time, so the edited document keeps only this run's
// scope (`prune: false`, the default, leaves everything it does not name alone).

type TResult = { code: number; stdout: string; stderr: string };
const cli = (token: string, ...args: string[]) =>
  new Promise<TResult>((resolve) => {
    const env = { ...process.env, CONSENT_PORTAL_URL: E2E_PORTAL_URL, CONSENT_PORTAL_TOKEN: token };
    execFile("npm", ["run", "--silent", "cli", "--", ...args], { env, cwd: process.cwd() }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });

test("export, edit, plan, apply and plan again with the CLI; a revoked token is refused", async ({
  page,
  db,
  serviceOwner,
}) => {
  test.setTimeout(120_000);
  const { user: admin, organisation } = await serviceOwner("ADMIN", "Cille CLI");
  // The token straight in the database, as the portal writes it (the UI is e2e/api-tokens.spec.ts).
  // As lib/api-tokens/token-secret.ts makes one (a server-only module, which Playwright cannot import).
  const secret = `cpt_${randomBytes(32).toString("base64url")}`;
  const prefix = secret.slice(0, 12);
  const secretHash = createHash("sha256").update(secret).digest("hex");
  await db.apiToken.create({
    data: {
      organisationId: organisation.id,
      createdById: admin.id,
      name: "CLI round trip",
      scope: "APPLY",
      environments: ["TEST"],
      prefix,
      secretHash,
    },
  });
  const dir = await mkdtemp(path.join(tmpdir(), "definitions-cli-"));
  const file = path.join(dir, "skd.yaml");
  const args = ["-f", file, "--org", SKD, "--env", "test"];

  const exported = await cli(secret, "export", ...args);
  expect(exported, exported.stderr).toMatchObject({ code: 0 });
  expect(exported.stdout).toContain(`Exported the test definitions of ${SKD} to ${file}.`);
  const document = parse(await readFile(file, "utf8")) as Record<string, unknown>;
  expect(document).toMatchObject({
    apiVersion: "consent-portal/v1",
    organisation: { orgNumber: SKD },
    environment: "test",
  });

  // The edit: a new scope of this run's own.
  const subscope = `cli.${uniqueSuffix()}`;
  const scope = {
    subscope,
    description: "Frå kommandolinja",
    longDescription: "",
    visibility: "PUBLIC",
    tokenLifetimeSeconds: null,
    allowedIntegrationTypes: ["maskinporten"],
  };
  const write = (scopes: unknown[]) =>
    writeFile(file, stringify({ ...document, scopes, consentResources: [], accessLists: [] }), "utf8");
  await write([scope]);
  const plan = await cli(secret, "plan", ...args);
  expect(plan.code, plan.stderr).toBe(2);
  expect(plan.stdout.trim().split("\n")).toEqual([
    `1 change(s) to ${SKD}'s test definitions:`,
    expect.stringMatching(new RegExp(`^ {2}\\+ create scope ${subscope.replace(".", "\\.")}`)),
  ]);
  const applied = await cli(secret, "apply", ...args);
  expect(applied.code, applied.stderr).toBe(0);
  expect(applied.stdout).toContain("Applied 1 change(s):");
  await expect
    .poll(() => emulatorScope("test", `skd:${subscope}`), { timeout: 30_000 })
    .toMatchObject({ description: "Frå kommandolinja", active: true });
  expect(await cli(secret, "plan", ...args)).toMatchObject({ code: 0, stdout: expect.stringContaining("No changes") });

  // Editing its description plans exactly that field, and Maskinporten follows.
  await write([{ ...scope, description: "Endra frå kommandolinja" }]);
  const update = await cli(secret, "plan", ...args);
  expect(update.code).toBe(2);
  expect(update.stdout).toContain(`~ update scope ${subscope} [description]`);
  expect((await cli(secret, "apply", ...args)).code).toBe(0);
  await expect
    .poll(() => emulatorScope("test", `skd:${subscope}`), { timeout: 30_000 })
    .toMatchObject({ description: "Endra frå kommandolinja" });
  expect((await cli(secret, "plan", ...args)).code).toBe(0);
  const uses = await db.auditEvent.findMany({ where: { apiToken: { secretHash } }, select: { action: true } });
  expect(uses.filter((use) => use.action === "definitions.apply")).toHaveLength(2);

  // Revoked in the portal: the CLI is refused, saying why, without a stack trace.
  await page.goto(`/orgs/${SKD}/sync/definitions/tokens`);
  const row = page.getByTestId(`api-token-${prefix}`);
  await row.getByRole("button", { name: "Revoke the token CLI round trip" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Revoke" }).click();
  await expect(row.getByTestId("api-token-state")).toContainText("Revoked");
  const refused = await cli(secret, "plan", ...args);
  expect(refused.code).toBe(1);
  expect(refused.stderr.trim()).toBe(
    `Refused (401): The API token ${prefix}… has been revoked. Ask an administrator of the organisation for a new one.`,
  );
});
