import type { PrismaClient } from "../../lib/platform/db/create-prisma-client";
import { definitionFor } from "../../lib/consent-resources/test-fixtures";
import { syntheticOrgNumbers } from "../../lib/access-lists/synthetic-org-numbers";

// The pages the benchmarks and the JavaScript budget (e2e/js-budget.spec.ts) measure, and the rows they need to show
// something real: a Skatteetaten scope, a consent resource using it (published to test, so the catalog and the
// integration kit list it), and an access list with members, connected to the resource.

export type TPageRoute = { name: string; path: string; signedIn: boolean };

const SKD = "974761076";
const LIST_MEMBERS = 50;

/** Seeds the rows for Skatteetaten (org number 974761076, from the demo data); `tag` keeps identifiers unique. */
export async function seedPageRoutes(
  db: PrismaClient,
  options: { userId: string; tag: string },
): Promise<TPageRoute[]> {
  const organisation = await db.organisation.findUniqueOrThrow({ where: { orgNumber: SKD }, select: { id: true } });
  const organisationId = organisation.id;
  const subscope = `bench.${options.tag}`;
  await db.maskinportenScope.create({
    data: { organisationId, environment: "TEST", prefix: "skd", subscope, description: "Benchmark scope" },
  });
  const identifier = `skd-bench-${options.tag}`;
  const resource = await db.consentResource.create({
    data: {
      organisationId,
      identifier,
      versions: {
        create: {
          version: 1,
          content: definitionFor({ identifier, scope: `skd:${subscope}` }),
          createdById: options.userId,
        },
      },
    },
    select: { id: true, versions: { select: { id: true } } },
  });
  await db.consentResourcePublication.create({
    data: { resourceId: resource.id, environment: "TEST", versionId: resource.versions[0]!.id, state: "PUBLISHED" },
  });
  const list = await db.accessList.create({
    data: {
      organisationId,
      environment: "TEST",
      identifier: `bench-${options.tag}`,
      name: `Benchmark list ${options.tag}`,
      members: { create: syntheticOrgNumbers(LIST_MEMBERS).map((orgNumber) => ({ orgNumber })) },
      resourceLinks: { create: { resourceId: resource.id } },
    },
    select: { id: true },
  });
  const org = `/orgs/${SKD}`;
  const page = (name: string, path: string, signedIn = true) => ({ name, path, signedIn });
  return [
    page("landing", "/", false),
    page("catalog", "/catalog", false),
    page("catalog entry", `/catalog/${identifier}`, false),
    page("overview", org),
    page("resources", `${org}/resources`),
    page("resource editor", `${org}/resources/${identifier}`),
    page("scopes", `${org}/scopes`),
    page("access list", `${org}/access-lists/${list.id}`),
    page("approvals", `${org}/approvals`),
    page("checklist", `${org}/checklist`),
    page("integration kit", `${org}/integration`),
  ];
}
