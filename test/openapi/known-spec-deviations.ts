// THE ALLOW-LIST: every place where Altinn's published OpenAPI documents (../shared/realdata) disagree with what
// Altinn's own code sends, and the contract tests follow the code. Nothing else may bend a documented schema.
// Each entry names the Altinn source file that proves the deviation; when Altinn fixes its document, the entry
// goes (the loader refuses an entry whose pointer no longer exists in the document, so a stale entry is noticed).
// Neither entry makes a schema accept more than Altinn's code produces: they swap a wrong schema for the right one.

export type TDocumentName = "consent" | "registry";

/** A status Altinn's code answers that the document does not list for the operation. */
export interface TStatusDeviation {
  document: TDocumentName;
  method: string;
  /** The operation's path as the document spells it (templated). */
  path: string;
  status: number;
  /** Validate the body with the schema of this documented status of the same operation… */
  validateAs?: number;
  /** …or with this schema of the document (a `#/components/...` pointer)… */
  schemaRef?: string;
  /** …or require an empty body. */
  emptyBody?: true;
  why: string;
  source: string;
}

/** A component schema the document gets wrong, replaced by what Altinn's serializer actually writes. */
export interface TSchemaDeviation {
  document: TDocumentName;
  /** JSON pointer into the document, e.g. `/components/schemas/ResourceType`. */
  pointer: string;
  schema: Record<string, unknown>;
  why: string;
  source: string;
}

const CONSENT_REQUESTS = "/accessmanagement/api/v1/enterprise/consentrequests";

export const STATUS_DEVIATIONS: readonly TStatusDeviation[] = [
  {
    document: "consent",
    method: "POST",
    path: CONSENT_REQUESTS,
    status: 201,
    // The document lists only 200, but the controller answers a new request with 201 Created + Location and the
    // same DTO it answers 200 with (see the .txt beside the document: "spec lists only 200 for POST").
    validateAs: 200,
    why: "a new consent request is answered 201 Created with the ConsentRequestDetailsDto body",
    source:
      "Altinn/altinn-authorization-tmp src/apps/Altinn.AccessManagement/src/Altinn.AccessManagement.Api.Enterprise/Controllers/ConsentController.cs (CreateRequest: `return Created(locationUrl, ...ToConsentRequestDetailsExternal())`)",
  },
  {
    document: "consent",
    method: "GET",
    path: `${CONSENT_REQUESTS}/{consentRequestId}`,
    status: 404,
    schemaRef: "#/components/schemas/ProblemDetails",
    why: "an unknown id is the problem AM-00001 ConsentNotFound with HTTP 404, which the document does not list",
    source:
      "Altinn/altinn-authorization-tmp src/libs/Altinn.Authorization.Api.Contracts/src/Altinn.Authorization.Api.Contracts/Errors/Problems.cs (ConsentNotFound = Create(1, HttpStatusCode.NotFound, ...))",
  },
  {
    document: "registry",
    method: "POST",
    path: "/resourceregistry/api/v1/resource",
    status: 201,
    emptyBody: true,
    why: "creating a resource answers 201 Created with no body; the document lists only 200",
    source:
      'Altinn/altinn-resource-registry src/Altinn.ResourceRegistry/Controllers/ResourceController.cs (Post: `return Created("/resourceregistry/api/v1/resource/" + id, null)`)',
  },
  {
    document: "registry",
    method: "PUT",
    path: "/resourceregistry/api/v1/resource/{id}/policy",
    status: 201,
    emptyBody: true,
    why: "storing a policy answers 201 Created with no body; the document lists only 200",
    source:
      'Altinn/altinn-resource-registry src/Altinn.ResourceRegistry/Controllers/ResourceController.cs (WritePolicy: `return Created(id + "/policy", null)`)',
  },
  {
    document: "registry",
    method: "DELETE",
    path: "/resourceregistry/api/v1/resource/{id}",
    status: 204,
    emptyBody: true,
    why: "deleting a resource answers 204 No Content; the document lists only 200",
    source:
      "Altinn/altinn-resource-registry src/Altinn.ResourceRegistry/Controllers/ResourceController.cs (Delete: `return NoContent()`)",
  },
];

export const SCHEMA_DEVIATIONS: readonly TSchemaDeviation[] = [
  {
    document: "consent",
    pointer: "/components/schemas/ConsentRequestStatusType",
    // The .txt beside the document: "ConsentRequestStatusType enum lacks Expired (code has it)". System.Text.Json's
    // JsonStringEnumConverter writes member names (it ignores [EnumMember]), so the spelling is `Expired`.
    schema: { enum: ["Created", "Rejected", "Accepted", "Revoked", "Deleted", "Expired"] },
    why: "the status enum of the code has Expired = 5, the document's does not",
    source:
      "Altinn/altinn-authorization-tmp src/libs/Altinn.Authorization.Api.Contracts/src/Altinn.Authorization.Api.Contracts/Consent/ConsentRequestStatusType.cs",
  },
  {
    document: "registry",
    pointer: "/components/schemas/ResourceType",
    // Swashbuckle documents the [Flags]-style enum by value; the property carries [JsonConverter(typeof(
    // JsonStringEnumConverter))], so the JSON holds the member name (the real resources say "Consent").
    schema: {
      type: "string",
      enum: [
        "Default",
        "Systemresource",
        "MaskinportenSchema",
        "Altinn2Service",
        "AltinnApp",
        "GenericAccessResource",
        "BrokerService",
        "CorrespondenceService",
        "Consent",
        "MigratedApp",
      ],
    },
    why: "resourceType is written as the enum member's name, not its number",
    source:
      "Altinn/altinn-resource-registry src/Altinn.ResourceRegistry.Core/Models/ServiceResource.cs (ResourceType with JsonStringEnumConverter) and src/Altinn.ResourceRegistry.Core/Enums/ResourceType.cs",
  },
  {
    document: "registry",
    pointer: "/components/schemas/ResourceAccessListMode",
    schema: { type: "string", enum: ["Disabled", "Enabled"] },
    why: "accessListMode is written as the enum member's name, not its number",
    source:
      "Altinn/altinn-resource-registry src/Altinn.ResourceRegistry.Core/Models/ServiceResource.cs (AccessListMode with JsonStringEnumConverter) and src/Altinn.ResourceRegistry.Core/Enums/ResourceAccessListMode.cs",
  },
  {
    document: "registry",
    pointer: "/components/schemas/OrganizationNumber",
    // The document shows an empty object; the type has its own JsonConverter that writes the nine digits.
    schema: { type: "string", pattern: "^[0-9]{9}$" },
    why: "an organisation number is written as a string of nine digits, not an object",
    source:
      'Altinn/altinn-resource-registry src/Altinn.ResourceRegistry.Core/Register/OrganizationNumber.cs ([JsonConverter(typeof(OrganizationNumber.JsonConverter))], "a string of 9 digits")',
  },
  {
    document: "registry",
    pointer: "/components/schemas/PaginatedLinks",
    // PaginatedLinks.cs's schema filter marks `next` required and nullable, but the host serialises with
    // DefaultIgnoreCondition = WhenWritingNull, so the last page says `"links": {}`. Only `required` goes; the
    // rest is the document's schema as written.
    schema: {
      type: "object",
      properties: { next: { type: "string", format: "uri-reference", nullable: true } },
      additionalProperties: false,
    },
    why: "on the last page `links.next` is left out (null is never written), though the document marks it required",
    source:
      "Altinn/altinn-resource-registry src/Altinn.ResourceRegistry/ResourceRegistryHost.cs (AddJsonOptions: DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull) and src/Altinn.ResourceRegistry/Models/Paginated.cs",
  },
];
