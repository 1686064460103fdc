import { errors } from "oidc-provider";
import { organisationName } from "../orgs/org-register";
import { RESOURCE_NAMES, resourceId } from "./altinn-rights";

/**
 * Ansattporten's Rich Authorization Requests (RFC 9396) of type `ansattporten:altinn:resource`, as Digdir documents them
 * in felleslosninger/docs `_docs/ansattporten/ansattporten_rar.md` (request claims, response model) and
 * `_docs/ansattporten/ansattporten_representasjon.md` (picker, token response, representing oneself).
 */
export const RESOURCE_TYPE = "ansattporten:altinn:resource";
const RESOURCE_URN = /^urn:altinn:resource:[A-Za-z0-9_-]+$/;
const ORGANIZATION_FORMS = ["enterprise", "business"] as const;

export interface RepresentationRequest {
  /** Requested resource ids (without the urn prefix), in request order. */
  resources: string[];
  /** `enterprise`: main units only; `business`: sub-units only; both when absent. */
  organizationform?: (typeof ORGANIZATION_FORMS)[number];
  allowMultipleOrganizations: boolean;
  allowDeletedOrganizations: boolean;
  representationIsRequired: boolean;
}

function refuse(message: string): never {
  // RFC 9396 section 5: invalid_authorization_details, sent back to the client's redirect_uri.
  throw new errors.InvalidAuthorizationDetails(message);
}

function optionalBoolean(detail: Record<string, unknown>, key: string, index: number): boolean | undefined {
  const value = detail[key];
  if (value === undefined) return undefined;
  if (typeof value !== "boolean") refuse(`${key} must be a boolean (authorization details index ${index})`);
  return value;
}

/** "Must have the same value when given in several objects" (ansattporten_rar.md) for organizationform and allow_deleted. */
function same<T>(previous: T | undefined, next: T | undefined, key: string): T | undefined {
  if (previous !== undefined && next !== undefined && previous !== next)
    refuse(`${key} must have the same value in every authorization details object`);
  return next ?? previous;
}

/** Parses the `authorization_details` request parameter; throws `invalid_authorization_details` as Ansattporten would. */
export function parseRepresentationRequest(raw: string): RepresentationRequest {
  let details: unknown;
  try {
    details = JSON.parse(raw);
  } catch {
    refuse("authorization_details must be a JSON array");
  }
  if (!Array.isArray(details) || details.length === 0) refuse("authorization_details must be a non-empty JSON array");
  const request: RepresentationRequest = {
    resources: [],
    allowMultipleOrganizations: false,
    allowDeletedOrganizations: false,
    representationIsRequired: false,
  };
  let form: RepresentationRequest["organizationform"];
  let allowDeleted: boolean | undefined;
  details.forEach((entry: unknown, index) => {
    if (typeof entry !== "object" || entry === null || Array.isArray(entry))
      refuse(`authorization_details members must be JSON objects (authorization details index ${index})`);
    const detail = entry as Record<string, unknown>;
    if (typeof detail.type !== "string" || detail.type === "") refuse(`type is required (index ${index})`);
    // One RAR type per login request ("ikke mulig å be om ulike RAR-type i samme påloggingsforespørsel"); the emulator
    // implements the Altinn 3 type only (Altinn 2 link services and ansattporten:orgno are out of its scope).
    if (detail.type !== RESOURCE_TYPE) refuse(`unsupported authorization details type value (index ${index})`);
    if (typeof detail.resource !== "string" || !RESOURCE_URN.test(detail.resource))
      refuse(`resource must be urn:altinn:resource:{resource_id} (index ${index})`);
    const id = resourceId(detail.resource);
    if (!request.resources.includes(id)) request.resources.push(id);
    if (detail.organizationform !== undefined && !ORGANIZATION_FORMS.includes(detail.organizationform as never))
      refuse(`organizationform must be "enterprise" or "business" (index ${index})`);
    form = same(form, detail.organizationform as RepresentationRequest["organizationform"], "organizationform");
    allowDeleted = same(allowDeleted, optionalBoolean(detail, "allow_deleted_organizations", index), "allow_deleted");
    // "Blir true om satt true i et autorisasjonsobjekt".
    if (optionalBoolean(detail, "allow_multiple_organizations", index)) request.allowMultipleOrganizations = true;
    if (optionalBoolean(detail, "representation_is_required", index)) request.representationIsRequired = true;
  });
  return {
    ...request,
    ...(form ? { organizationform: form } : {}),
    allowDeletedOrganizations: allowDeleted ?? false,
  };
}

/** Enhetsregisteret's organisation form of the emulator's organisations (`unit_type`); other numbers are AS. */
const UNIT_TYPES: Readonly<Record<string, string>> = {
  "974761076": "ORGL",
  "991825827": "ORGL",
  "889640782": "ORGL",
  "874761222": "ORGL",
  "405003309": "ORGL",
  "810419512": "KOMM",
};

export function unitTypeOf(orgNumber: string): string {
  return UNIT_TYPES[orgNumber] ?? "AS";
}

/** The chosen organisations, each with the requested resources the person holds for it. */
export type Representation = { orgNumber: string; resources: string[] }[];

/**
 * The `authorization_details` claim: one object per requested resource the person holds for at least one chosen
 * organisation, each listing those organisations as `authorized_parties` (ansattporten_rar.md, response example).
 * Representing oneself yields the bare type (ansattporten_representasjon.md, "dersom bruker har valgt å representere
 * seg selv").
 */
export function authorizationDetailsClaim(request: RepresentationRequest, chosen: Representation): object[] {
  const claim = request.resources.flatMap((id) => {
    const parties = chosen.filter((org) => org.resources.includes(id));
    if (!parties.length) return [];
    return [
      {
        type: RESOURCE_TYPE,
        resource: `urn:altinn:resource:${id}`,
        resource_name: RESOURCE_NAMES[id] ?? id,
        authorized_parties: parties.map(({ orgNumber }) => ({
          orgno: { authority: "iso6523-actorid-upis", ID: `0192:${orgNumber}` },
          resource: id,
          name: (organisationName(orgNumber) ?? orgNumber).toUpperCase(),
          unit_type: unitTypeOf(orgNumber),
        })),
      },
    ];
  });
  return claim.length ? claim : [{ type: RESOURCE_TYPE }];
}
