import { z } from "zod";
import { ACCESS_LIST_IDENTIFIER_PATTERN } from "@/lib/access-lists/schemas";
import { limitErrors, registryErrors, ZDefinitionFields } from "@/lib/consent-resources/resource-definition-schema";
import { ZScopeFields, ZSubscope } from "@/lib/scopes/schemas";
import { ZRequiredText, ZText } from "@/lib/platform/validation/form-fields";
import { ZEnvironmentParam } from "@/lib/platform/environment";
import { ZDocumentationEntry } from "./documentation-entry";

// One organisation's definitions in one environment as a document (issue 13.4): what `exportDefinitions` writes and
// `planDefinitions`/`applyDefinitions` read. Every object is keyed by its upstream identifier (a scope's subscope, a
// resource's identifier, a list's identifier), never by a portal database id, so a document can be applied to
// another portal or environment. The objects' fields are the editors' own zod schemas (lib/scopes, lib/consent-resources,
// lib/documentation, lib/access-lists), so a document is checked exactly as the forms check the same fields. Unknown
// keys are refused (strict objects) where the document's own shape is declared, so a misspelt field is an error
// rather than silently ignored.

export const DEFINITIONS_API_VERSION = "consent-portal/v1";
export const DEFINITIONS_KIND = "OrganisationDefinitions";
export const DEFINITIONS_SCHEMA_ID = "/api/v1/schemas/definitions.json";

const ZScopeEntry = z
  .strictObject({ subscope: ZSubscope, ...ZScopeFields.shape })
  .describe("A Maskinporten scope `{organisation's prefix}:{subscope}`, keyed by its subscope.");

/**
 * A consent resource: its definition (every field of the editor but the identifier, which is the key), whether it
 * is published in the document's environment, and its documentation. The registry's own rules (identifier syntax,
 * required texts, scope names, lengths) are checked here as the editor checks them (resource-definition-schema.ts).
 */
const ZResourceEntry = z
  .strictObject({
    identifier: z.string().trim(),
    published: z
      .boolean()
      .default(false)
      .describe(
        "Published in the document's environment. `true` publishes the latest version when it is not published there, " +
          "and again whenever applying this document saves a new version; `false` withdraws a published resource.",
      ),
    definition: ZDefinitionFields.omit({ identifier: true }).strict(),
    documentation: ZDocumentationEntry,
  })
  .superRefine((entry, ctx) => {
    const definition = { identifier: entry.identifier, ...entry.definition };
    for (const error of [...limitErrors(definition), ...registryErrors(definition)]) {
      const path = error.path[0] === "identifier" ? ["identifier"] : ["definition", ...error.path];
      ctx.addIssue({ code: "custom", path, message: error.message });
    }
  })
  .describe("A consent resource, keyed by its identifier in the Resource Registry.");

const ZAccessListEntry = z
  .strictObject({
    identifier: z.string().trim().regex(ACCESS_LIST_IDENTIFIER_PATTERN, { message: "accessListIdentifier" }),
    name: ZRequiredText(200),
    description: ZText(1000),
    members: z
      .array(
        z
          .string()
          .trim()
          .regex(/^\d{9}$/, { message: "organisationNumber" }),
      )
      .default([])
      .describe("Every member's organisation number: the list's whole membership."),
    resources: z
      .array(z.string().trim())
      .default([])
      .describe("Identifiers of the organisation's consent resources the list is connected to, all of them."),
  })
  .describe("An access list in the Resource Registry, keyed by its identifier under the owner's org code.");

/** Each key at most once per kind; the duplicate is named at its place. */
function uniqueKeys<T>(items: T[], key: (item: T) => string, path: string, ctx: z.RefinementCtx) {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(key(item)))
      ctx.addIssue({ code: "custom", path: [path, index], message: `duplicateKey|${key(item)}` });
    seen.add(key(item));
  });
}

export const ZDefinitionsDocument = z
  .strictObject({
    apiVersion: z.literal(DEFINITIONS_API_VERSION),
    kind: z.literal(DEFINITIONS_KIND),
    organisation: z.strictObject({
      orgNumber: z
        .string()
        .trim()
        .regex(/^\d{9}$/, { message: "organisationNumber" }),
    }),
    environment: ZEnvironmentParam,
    prune: z
      .boolean()
      .default(false)
      .describe(
        "false (the default): an object in the portal that the document does not name is not managed by this document " +
          "and is left alone. true: such an object is deleted (a scope deactivated, a published resource withdrawn " +
          "from this environment, an access list deleted).",
      ),
    scopes: z.array(ZScopeEntry).default([]),
    consentResources: z.array(ZResourceEntry).default([]),
    accessLists: z.array(ZAccessListEntry).default([]),
  })
  .superRefine((document, ctx) => {
    uniqueKeys(document.scopes, (scope) => scope.subscope, "scopes", ctx);
    uniqueKeys(document.consentResources, (resource) => resource.identifier, "consentResources", ctx);
    uniqueKeys(document.accessLists, (list) => list.identifier, "accessLists", ctx);
  })
  .describe(
    "An organisation's scopes, consent resources (with documentation and rules) and access lists (with members and " +
      "connections) in one environment. Lists inside an object (members, connections) are complete: applying " +
      "makes the portal match them.",
  );

export type TDefinitionsDocument = z.output<typeof ZDefinitionsDocument>;
export type TScopeEntry = TDefinitionsDocument["scopes"][number];
export type TResourceEntry = TDefinitionsDocument["consentResources"][number];
export type TAccessListEntry = TDefinitionsDocument["accessLists"][number];

/** The JSON Schema of a document as written (defaults optional), published at GET /api/v1/schemas/definitions.json. */
export function definitionsJsonSchema(): object {
  return {
    ...z.toJSONSchema(ZDefinitionsDocument, { io: "input", target: "draft-2020-12" }),
    $id: DEFINITIONS_SCHEMA_ID,
    title: "Consent portal organisation definitions",
  };
}

export const PLANNED_CHANGE_KINDS = [
  "scope",
  "consentResource",
  "documentation",
  "accessList",
  "accessListMembers",
  "resourceConnection",
] as const;

export type TPlannedChange = {
  action: "create" | "update" | "delete";
  kind: (typeof PLANNED_CHANGE_KINDS)[number];
  /** The object's upstream key: subscope, resource identifier, list identifier, or `list/resource` for a connection. */
  key: string;
  /** The fields that change (for a list's members: `members`). */
  fields: string[];
  /** One line for people, in English (the CLI and the API print it). */
  summary: string;
};

export type TDefinitionsPlan = { changes: TPlannedChange[] };
