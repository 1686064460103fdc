import { portalResources } from "./portal-resources";

// Ansattporten's organisation picker is triggered by `authorization_details` in the authorization request
// (felleslosninger/docs, _docs/ansattporten/ansattporten_representasjon.md; RFC 9396 section 2): a JSON array, sent as
// one form parameter, with one `ansattporten:altinn:resource` object per resource asked for
// (_docs/ansattporten/ansattporten_rar.md, "Datamodell for Altinn 3 ressurser").

export const ANSATTPORTEN_RESOURCE_TYPE = "ansattporten:altinn:resource";

export type TAuthorizationDetailRequest = {
  type: typeof ANSATTPORTEN_RESOURCE_TYPE;
  resource: string;
  allow_multiple_organizations: false;
};

/**
 * The portal's three resources (admin, write, read). One organisation per login (`allow_multiple_organizations:
 * false`): whom a login acts for is the picker's choice, and switching goes through it again. Representation is not
 * required, so a person without any right still comes back (as themselves) and is told what to ask for.
 */
export function authorizationDetailsRequest(
  config: Parameters<typeof portalResources>[0],
): TAuthorizationDetailRequest[] {
  return portalResources(config).map(({ urn }) => ({
    type: ANSATTPORTEN_RESOURCE_TYPE,
    resource: urn,
    allow_multiple_organizations: false,
  }));
}

/** The form parameter's value: the JSON array (the HTTP client URL-encodes it). */
export function authorizationDetailsParameter(config: Parameters<typeof portalResources>[0]): string {
  return JSON.stringify(authorizationDetailsRequest(config));
}
