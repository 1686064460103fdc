import { SKD } from "./scopes";

// Every page of the service owner's journey at Skatteetaten, walked at phone width (e2e/phone-width.spec.ts) and in
// nynorsk (e2e/nynorsk.spec.ts): one list, so a page added to the journey is checked both ways.

type TOwnerPageIds = {
  /** A resource with its documentation, publishing and versions pages. */
  resource: string;
  /** Another resource, a draft, when the walk has one. */
  draft?: string;
  scopeId: string;
  accessListId: string;
  accessRequestId: string;
};

export function ownerPages(ids: TOwnerPageIds): string[] {
  const org = `/orgs/${SKD}`;
  const resource = `${org}/resources/${ids.resource}`;
  return [
    org,
    `${org}/resources`,
    `${org}/resources/new`,
    ...(ids.draft ? [`${org}/resources/${ids.draft}`] : []),
    resource,
    `${resource}/documentation`,
    `${resource}/publishing`,
    `${resource}/versions`,
    `${org}/scopes`,
    `${org}/scopes/${ids.scopeId}`,
    `${org}/access-lists`,
    `${org}/access-lists/${ids.accessListId}`,
    `${org}/approvals`,
    `${org}/approvals/${ids.accessRequestId}`,
    `${org}/members`,
    `${org}/suppliers`,
    `${org}/audit`,
    `${org}/notifications`,
    `${org}/sync`,
    `${org}/sync/adopt`,
    `${org}/sync/drift`,
    `${org}/sync/environments`,
    `${org}/sync/definitions`,
    `${org}/sync/definitions/tokens`,
    "/access",
  ];
}
