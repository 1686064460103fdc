import { z } from "zod";
import { PLANNED_CHANGE_KINDS, type TPlannedChange } from "@/lib/definitions/definitions-schema";
import { ZEnvironmentParam } from "@/lib/platform/environment";

// The shapes of the definitions API (/api/v1/orgs/{orgNumber}/definitions…): the routes parse their queries with
// them and the OpenAPI document (./openapi-document.ts) is written from them, so the two cannot disagree.

export const ZDefinitionsQuery = z.object({
  environment: ZEnvironmentParam.describe("The environment: `test` (Maskinporten test, Altinn TT02) or `prod`."),
});

export const ZExportQuery = ZDefinitionsQuery.extend({
  format: z.enum(["yaml", "json"], { message: "invalid" }).default("yaml").describe("The document's format."),
});

export const ZPlannedChange = z
  .object({
    action: z.enum(["create", "update", "delete"]),
    kind: z.enum(PLANNED_CHANGE_KINDS),
    key: z
      .string()
      .describe("The object's upstream key: subscope, resource identifier, list identifier, `list/resource`."),
    fields: z.array(z.string()).describe("The fields that change."),
    summary: z.string().describe("One line for people."),
  })
  .describe("One change applying a document makes (or made).");

// The wire shape and lib/definitions' type are the same thing: a compile error here if either moves.
const sameShape: (change: TPlannedChange) => z.output<typeof ZPlannedChange> = (change) => change;
void sameShape;

export const ZPlanResponse = z.object({
  changes: z.array(ZPlannedChange).describe("What applying the document would change; empty: nothing."),
});

export const ZApplyResponse = z.object({
  applied: z.array(ZPlannedChange).describe("What was changed (upstream changes are queued)."),
});

/** Every refusal and failure: the portal's one error shape (lib/platform/errors/action-result.ts). */
export const ZApiError = z.object({
  error: z.object({
    code: z.string().describe("VALIDATION, UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, UPSTREAM_REFUSED, RATE_LIMITED, ..."),
    message: z.string().describe("For people, in the language of `Accept-Language` (nb, nn or en)."),
    fieldErrors: z.record(z.string(), z.array(z.string())).optional(),
    correlationId: z.string().optional(),
  }),
});
