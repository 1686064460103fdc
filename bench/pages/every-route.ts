import type { PrismaClient } from "../../lib/platform/db/create-prisma-client";
import { createOrganisation } from "../../test/factories";
import { seedPageRoutes, type TPageRoute } from "./page-routes";

// Every page of the portal (each app/**/page.tsx but the internal `/public/…` rewrites of the public pages, which a
// browser reaches as `/`, `/catalog` and `/catalog/…`), with the rows each needs to show something real: the bench's
// eleven routes (page-routes.ts) for Skatteetaten, a consumer organisation the same person is an administrator of,
// with an access request to Skatteetaten's resource and a consent the monitor follows, and the platform pages (the
// person is a platform administrator). e2e/js-budget.spec.ts holds each to issue 17's 130 kB ("any route").

const SKD = "974761076";

/** Seeds the rows and returns every route; `userId` becomes a platform administrator and a consumer's ADMIN. */
export async function seedEveryRoute(db: PrismaClient, options: { userId: string; tag: string }) {
  const benchRoutes = await seedPageRoutes(db, options);
  const owner = await db.organisation.findUniqueOrThrow({ where: { orgNumber: SKD }, select: { id: true } });
  const resource = await db.consentResource.findUniqueOrThrow({
    where: { identifier: `skd-bench-${options.tag}` },
    select: { id: true, identifier: true },
  });
  const scope = await db.maskinportenScope.findFirstOrThrow({
    where: { organisationId: owner.id, subscope: `bench.${options.tag}` },
    select: { id: true },
  });
  await db.user.update({ where: { id: options.userId }, data: { isPlatformAdmin: true } });
  const consumer = await createOrganisation(db, {
    name: `Budgetbanken ${options.tag}`,
    members: [{ userId: options.userId, role: "ADMIN" }],
  });
  const request = await db.accessRequest.create({
    data: {
      consumerOrganisationId: consumer.id,
      ownerOrganisationId: owner.id,
      resourceId: resource.id,
      environment: "TEST",
      message: "For the budget",
    },
    select: { id: true },
  });
  const consent = await db.trackedConsent.create({
    data: {
      organisationId: consumer.id,
      environment: "TEST",
      requestId: crypto.randomUUID(),
      source: "kit",
      resourceIdentifier: resource.identifier,
    },
    select: { id: true },
  });
  const page = (path: string, signedIn = true): TPageRoute => ({ name: path, path, signedIn });
  const skd = (path: string) => page(`/orgs/${SKD}${path}`);
  const bank = (path: string) => page(`/orgs/${consumer.orgNumber}${path}`);
  const routes = [
    page("/signin", false),
    ...[
      "/resources/new",
      `/resources/${resource.identifier}/documentation`,
      `/resources/${resource.identifier}/publishing`,
      `/resources/${resource.identifier}/versions`,
      `/scopes/${scope.id}`,
      "/access-lists",
      `/approvals/${request.id}`,
      "/audit",
      "/members",
      "/notifications",
      "/suppliers",
      "/sync",
      "/sync/adopt",
      "/sync/environments",
      "/sync/definitions",
      "/sync/definitions/tokens",
      "/sync/drift",
    ].map(skd),
    ...[
      "",
      "/checklist",
      "/clients",
      "/clients/test",
      "/access-requests",
      "/access-requests/new",
      `/access-requests/${request.id}`,
      "/integration/redirect",
      "/consents",
      `/consents/${consent.id}`,
      "/validator",
    ].map(bank),
    ...["/admin", "/admin/consent-scopes", "/admin/consumers", "/admin/upstream", "/access"].map((path) => page(path)),
  ];
  return [...benchRoutes, ...routes];
}
