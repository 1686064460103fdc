import { BareStatus } from "./http-results";
import { Binder, type JsonObject } from "./json-binding";
import { type PartyUrn, parsePartyUrn } from "./party-urn";

/**
 * The POST body as ASP.NET binds it to ConsentRequestDto (Altinn/altinn-authorization-tmp
 * src/libs/Altinn.Authorization.Api.Contracts/.../Consent/ConsentRequestDto.cs, ConsentRightDto.cs,
 * ConsentResourceAttributeDto.cs): `id`, `from`, `to`, `validTo`, `consentRights` and `redirectUrl` are `required`;
 * `requiredDelegator`, `requestMessage` and `portalViewMode` (Hide by default) are optional.
 */
export const PORTAL_VIEW_MODES = ["Hide", "Show"] as const;
export type PortalViewMode = (typeof PORTAL_VIEW_MODES)[number];

export interface ConsentRightInput {
  action: string[] | null;
  resource: { type: string | null; value: string | null }[];
  /** Keys as sent; MetadataDictionary compares them case-insensitively. */
  metadata: [string, string | null][] | null;
}

export interface ConsentRequestInput {
  id: string;
  from: PartyUrn;
  requiredDelegator: PartyUrn | null;
  to: PartyUrn;
  validTo: number;
  consentRights: ConsentRightInput[];
  requestMessage: Record<string, string | null> | null;
  redirectUrl: string | null;
  portalViewMode: PortalViewMode;
}

const NS = "Altinn.Authorization.Api.Contracts.Consent";
const LIST = (type: string) => `System.Collections.Generic.List\`1[${type}]`;
const REQUEST_FIELDS = [
  "id",
  "from",
  "requiredDelegator",
  "to",
  "validTo",
  "consentRights",
  "requestMessage",
  "redirectUrl",
  "portalViewMode",
] as const;
const REQUIRED = ["id", "from", "to", "validTo", "consentRights", "redirectUrl"] as const;

function party(binder: Binder, value: unknown, path: string): PartyUrn | null {
  if (value === null || value === undefined) return null;
  return parsePartyUrn(value) ?? binder.notConvertible(path, `${NS}.ConsentPartyUrn`);
}

function bindResource(binder: Binder, value: unknown, path: string) {
  const object = binder.object(value, path, `${NS}.ConsentResourceAttributeDto`);
  const fields = binder.properties(
    object,
    path,
    `${NS}.ConsentResourceAttributeDto`,
    ["type", "value"],
    ["type", "value"],
  );
  return {
    type: binder.string(fields.get("type"), `${path}.type`),
    value: binder.string(fields.get("value"), `${path}.value`),
  };
}

function bindRight(binder: Binder, value: unknown, path: string): ConsentRightInput {
  const object = binder.object(value, path, `${NS}.ConsentRightDto`);
  const fields = binder.properties(
    object,
    path,
    `${NS}.ConsentRightDto`,
    ["action", "resource", "metadata"],
    ["action", "resource"],
  );
  const actions = binder.array(fields.get("action"), `${path}.action`, LIST("System.String"));
  const resources = binder.array(fields.get("resource"), `${path}.resource`, LIST(`${NS}.ConsentResourceAttributeDto`));
  // ConsentRightDtoExtensions.ToConsentRight dereferences `resource` (NullReferenceException, HTTP 500).
  if (!resources) throw new BareStatus(500, "consentRights[].resource is null");
  const metadata = binder.dictionary(fields.get("metadata"), `${path}.metadata`);
  // MetadataDictionary is case-insensitive: adding "A" and "a" throws ArgumentException (HTTP 500).
  if (metadata && new Set(metadata.map(([key]) => key.toLowerCase())).size !== metadata.length) {
    throw new BareStatus(500, "metadata keys differ only by case");
  }
  return {
    action: actions?.map((action, index) => binder.string(action, `${path}.action[${index}]`) ?? "") ?? null,
    resource: resources.map((resource, index) => bindResource(binder, resource, `${path}.resource[${index}]`)),
    metadata,
  };
}

/** Binds the body; a value ASP.NET cannot read is its 400, a null it later dereferences is a bare 500. */
export function bindConsentRequest(body: unknown): ConsentRequestInput {
  const binder = new Binder("consentRequest");
  const object: JsonObject = binder.object(body, "$", `${NS}.ConsentRequestDto`);
  const fields = binder.properties(object, "$", `${NS}.ConsentRequestDto`, REQUEST_FIELDS, REQUIRED);
  const id = binder.guid(fields.get("id"), "$.id");
  const from = party(binder, fields.get("from"), "$.from");
  const requiredDelegator = party(binder, fields.get("requiredDelegator"), "$.requiredDelegator");
  const to = party(binder, fields.get("to"), "$.to");
  const validTo = binder.dateTimeOffset(fields.get("validTo"), "$.validTo");
  const rights = binder.array(fields.get("consentRights"), "$.consentRights", LIST(`${NS}.ConsentRightDto`));
  const consentRights = rights?.map((right, index) => bindRight(binder, right, `$.consentRights[${index}]`));
  const message = binder.dictionary(fields.get("requestMessage"), "$.requestMessage");
  const redirectUrl = binder.string(fields.get("redirectUrl"), "$.redirectUrl");
  const portalViewMode = binder.enumeration(
    fields.get("portalViewMode"),
    "$.portalViewMode",
    `System.Nullable\`1[${NS}.ConsentPortalViewMode]`,
    PORTAL_VIEW_MODES,
  );
  // ModelMapper.ToCore throws on a null party and dereferences the rights list: unhandled, so HTTP 500.
  if (!from || !to || !consentRights) throw new BareStatus(500, "from, to or consentRights is null");
  return {
    id,
    from,
    requiredDelegator,
    to,
    validTo,
    consentRights,
    requestMessage: message ? Object.fromEntries(message) : null,
    redirectUrl,
    portalViewMode: portalViewMode ?? "Hide",
  };
}
