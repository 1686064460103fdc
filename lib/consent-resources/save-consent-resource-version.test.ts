import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clearConsentTemplateCache } from "@/lib/consent-templates/consent-templates-client";
import type { TTx } from "@/lib/platform/db/prisma";
import { startTestServer, type TestServer } from "@/lib/platform/upstream/test-support/test-server";
import { generateTestClientKey, testUpstreamConfig } from "@/lib/platform/upstream/test-support/test-upstream-config";
import { createUpstreamContext, setUpstreamContext } from "@/lib/platform/upstream/upstream-context";
import { ZServiceResource } from "@/lib/platform/upstream/resource-registry-client";
import { readRealJson, readRealText } from "@/test/openapi/realdata";
import { createOrganisation, createUser, testDb, uniqueSuffix } from "@/test/factories";
import { fromServiceResource } from "./from-service-resource";
import { getConsentResource } from "./get-consent-resource";
import { saveConsentResourceVersion } from "./save-consent-resource-version";
import { validDefinition } from "./test-fixtures";

// Saving never loses a resource to a warning: Altinn's own migrated resource (inconsistent as it is) is saved, and the
// server names what must be fixed before publishing, its template checked against Altinn's catalogue.

const prisma = testDb();
let server: TestServer;
let organisationId: string;
let userId: string;

beforeAll(async () => {
  const catalogue = readRealText("consent_templates.authz-test.json");
  server = await startTestServer((_request, res) =>
    res.writeHead(200, { "content-type": "text/plain" }).end(catalogue),
  );
  setUpstreamContext(createUpstreamContext(testUpstreamConfig(server.url, await generateTestClientKey())));
  clearConsentTemplateCache();
  organisationId = (await createOrganisation(prisma)).id;
  userId = (await createUser(prisma)).id;
});
afterAll(async () => {
  setUpstreamContext(undefined);
  clearConsentTemplateCache();
  await server?.close();
  await prisma.$disconnect();
});

const save = (definition: typeof validDefinition, ownerOrgCode: string | null) =>
  prisma.$transaction((tx) =>
    saveConsentResourceVersion({ tx: tx as unknown as TTx, organisationId, userId, definition, ownerOrgCode }),
  );

describe("saveConsentResourceVersion", () => {
  it("saves the real migrated resource as it is and returns its warnings", async () => {
    const migrated = fromServiceResource(ZServiceResource.parse(readRealJson("resource.skd-migrert-4628-1-7381.json")));
    const definition = { ...migrated, identifier: `skd-migrert-${uniqueSuffix()}` };
    const saved = await save(definition, "skd");
    expect(saved.version).toBe(1);
    expect(saved.problems.map((p) => p.message)).toEqual(
      expect.arrayContaining(["placeholderUndeclared", "availableForMissing", "contactCategoryUnknown"]),
    );
    const stored = await getConsentResource({ organisationId, identifier: definition.identifier });
    expect(stored?.versions[0]?.content).toEqual(definition);
  });

  it("flags a template Altinn's catalogue does not list, or one reserved for other owners, without refusing", async () => {
    const unknown = await save(
      { ...validDefinition, identifier: `skd-tpl-${uniqueSuffix()}`, scopeReferences: [], consentTemplate: "my_own" },
      "skd",
    );
    expect(unknown.problems).toEqual([{ path: ["consentTemplate"], message: "consentTemplateUnknown", key: "my_own" }]);
    const reserved = await save(
      {
        ...validDefinition,
        identifier: `stami-tpl-${uniqueSuffix()}`,
        scopeReferences: [],
        consentTemplate: "bst_krav",
      },
      "stami",
    );
    expect(reserved.problems).toEqual([
      { path: ["consentTemplate"], message: "consentTemplateRestricted", key: "bst_krav" },
    ]);
    const fine = await save(
      { ...validDefinition, identifier: `skd-tpl-${uniqueSuffix()}`, scopeReferences: [], consentTemplate: "bst_krav" },
      "skd",
    );
    expect(fine.problems).toEqual([]);
  });
});
