import "server-only";
import { NextResponse } from "next/server";
import { applyDefinitions } from "@/lib/definitions/apply-definitions";
import { exportDefinitions } from "@/lib/definitions/export-definitions";
import { MAX_DEFINITIONS_LENGTH, parseDefinitionsDocument } from "@/lib/definitions/parse-definitions-document";
import { planDefinitions } from "@/lib/definitions/plan-definitions";
import { serializeDefinitions } from "@/lib/definitions/serialize-definitions";
import { db } from "@/lib/platform/db/prisma";
import { fromUpstreamEnv } from "@/lib/platform/environment";
import { AppError } from "@/lib/platform/errors/app-error";
import { toActionError } from "@/lib/platform/errors/to-action-error";
import { auditTokenUse } from "./audit-token-use";
import { ZDefinitionsQuery, ZExportQuery } from "./definitions-api-schemas";
import { tokenNeeds, tokenRoute } from "./token-route";

// The definitions API's three routes (app/api/v1/orgs/[orgNumber]/definitions/**), on lib/definitions' export, plan
// and apply; each use is audited with the token (./audit-token-use.ts).

const NO_STORE = { "cache-control": "no-store" };
const textBody = { textBody: true, maxBodyBytes: MAX_DEFINITIONS_LENGTH };

/** The body as a document, or VALIDATION naming each problem by its path and line (400). */
function documentOf(text: string) {
  const parsed = parseDefinitionsDocument(text);
  if (parsed.ok) return parsed.document;
  const fieldErrors: Record<string, string[]> = {};
  for (const error of parsed.errors.slice(0, 50)) {
    const place = [error.path || "document", error.line ? `line ${error.line}` : ""].filter(Boolean).join(", ");
    // A YAML syntax error's message is the parser's own words, not a message key: named in the place instead.
    const isKey = /^[A-Za-z]+(\|.*)?$/.test(error.message);
    (fieldErrors[isKey ? place : `${place}: ${error.message}`] ??= []).push(isKey ? error.message : "invalid");
  }
  throw new AppError("VALIDATION", "definitionsDocumentInvalid", { fieldErrors });
}

export const exportDefinitionsRoute = tokenRoute(
  { query: ZExportQuery, authorize: tokenNeeds("PLAN", "definitions.export") },
  async ({ caller, query, correlationId }) => {
    const environment = fromUpstreamEnv(query.environment);
    const document = await exportDefinitions({ organisationId: caller.organisation.id, environment });
    const summary = `Exported the ${query.environment} definitions`;
    await auditTokenUse({ db: db(), caller, action: "definitions.export", summary, correlationId });
    const contentType = query.format === "json" ? "application/json" : "application/yaml";
    return new Response(serializeDefinitions(document, query.format), {
      headers: { ...NO_STORE, "content-type": `${contentType}; charset=utf-8` },
    });
  },
);

export const planDefinitionsRoute = tokenRoute(
  { query: ZDefinitionsQuery, ...textBody, authorize: tokenNeeds("PLAN", "definitions.plan") },
  async ({ caller, query, body, correlationId }) => {
    const document = documentOf(body);
    const environment = fromUpstreamEnv(query.environment);
    const plan = await planDefinitions({ organisationId: caller.organisation.id, environment, document });
    const summary = `Planned the ${query.environment} definitions: ${plan.changes.length} change(s)`;
    await auditTokenUse({ db: db(), caller, action: "definitions.plan", summary, correlationId });
    return { changes: plan.changes };
  },
);

/** A refusal of the domain (a rule an object breaks, a conflict): 422 with its message, naming the object. */
const REFUSALS = new Set(["VALIDATION", "CONFLICT", "NOT_FOUND"]);

export const applyDefinitionsRoute = tokenRoute(
  { query: ZDefinitionsQuery, ...textBody, authorize: tokenNeeds("APPLY", "definitions.apply") },
  async ({ caller, query, body, correlationId }) => {
    const document = documentOf(body);
    const environment = fromUpstreamEnv(query.environment);
    // The token acts as its creator, still an active administrator (checked on every request), so the production
    // rule's role holds; its recent login was asked when a token that may apply in production was created.
    const actor = { actorId: caller.actorId, correlationId, apiTokenId: caller.tokenId };
    let applied;
    try {
      ({ applied } = await applyDefinitions({ organisationId: caller.organisation.id, environment, document, actor }));
    } catch (error) {
      if (!(error instanceof AppError) || !REFUSALS.has(error.code)) throw error;
      const refusal = await toActionError(error, { action: "definitions.apply", correlationId });
      return NextResponse.json({ error: refusal }, { status: 422, headers: NO_STORE });
    }
    const summary = `Applied the ${query.environment} definitions: ${applied.length} change(s)`;
    await auditTokenUse({ db: db(), caller, action: "definitions.apply", summary, correlationId });
    return { applied };
  },
);
