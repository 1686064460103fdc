"use server";

import { revalidatePath } from "next/cache";
import { loginOf, requireSessionUser } from "@/lib/platform/actions/action-client";
import { orgAction } from "@/lib/platform/actions/safe-action";
import { getSessionUser } from "@/lib/platform/auth/get-session-user";
import { requireProductionRole } from "@/lib/platform/auth/production-rule";
import { withRequestLogin } from "@/lib/platform/auth/recent-login";
import { requireMembership } from "@/lib/platform/auth/require-membership";
import { auditedAs } from "@/lib/platform/db/audited-as";
import { db } from "@/lib/platform/db/prisma";
import { fromUpstreamEnv } from "@/lib/platform/environment";
import type { TActionResult } from "@/lib/platform/errors/action-result";
import { validationError } from "@/lib/platform/errors/app-error";
import { toActionError } from "@/lib/platform/errors/to-action-error";
import { parseInput } from "@/lib/platform/validation/parse-input";
import { applyDefinitions } from "./apply-definitions";
import type { TPlannedChange } from "./definitions-schema";
import { parseDefinitionsDocument, type TDefinitionsParseError } from "./parse-definitions-document";
import { readPlan } from "./plan-definitions";
import { ZDefinitionsText } from "./schemas";

const APPLY_ACTION = "definitions.apply";
const audited = auditedAs("definitions");
const pagePath = (orgNumber: string) => `/orgs/${orgNumber}/sync/definitions`;

export type TPlanAnswer = { ok: true; changes: TPlannedChange[] } | { ok: false; errors: TDefinitionsParseError[] };

/** Every member may plan: it reads, and shows what an administrator's apply would change. */
export const planDefinitionsAction = orgAction({
  name: "definitions.plan",
  schema: ZDefinitionsText,
  minimumRole: "VIEWER",
  run: async ({ input, tx, organisation }) => {
    const parsed = parseDefinitionsDocument(input.text);
    if (!parsed.ok) {
      const answer = { ok: false as const, errors: parsed.errors };
      return audited<TPlanAnswer>(answer, null, `Planned a ${input.environment} document that does not read`);
    }
    const environment = fromUpstreamEnv(input.environment);
    const { changes } = await readPlan({
      db: tx,
      organisationId: organisation.id,
      environment,
      document: parsed.document,
    });
    const answer = { ok: true as const, changes };
    return audited<TPlanAnswer>(
      answer,
      null,
      `Planned the ${input.environment} definitions: ${changes.length} change(s)`,
    );
  },
});

/**
 * Administrators apply, production under the production rule (step-up). Not written with the action helper: its one
 * transaction would stay open while every step commits its own (apply-definitions.ts, each with its audit event),
 * so the helper's steps are taken here in the same order: input, session user, membership and role, the change under
 * the request's login, and the one error policy.
 */
export async function applyDefinitionsAction(raw: unknown): Promise<TActionResult<{ applied: TPlannedChange[] }>> {
  const correlationId = crypto.randomUUID();
  let orgNumber: string;
  let result: { applied: TPlannedChange[] };
  try {
    const input = parseInput(ZDefinitionsText, raw);
    orgNumber = input.orgNumber;
    const user = await requireSessionUser({ getUser: getSessionUser });
    const membership = await requireMembership({ db: db(), userId: user.id, orgNumber, minimumRole: "ADMIN" });
    const environment = fromUpstreamEnv(input.environment);
    const parsed = parseDefinitionsDocument(input.text);
    if (!parsed.ok) throw validationError({ text: ["definitionsDocument"] });
    const actor = { actorId: user.id, correlationId };
    result = await withRequestLogin(loginOf(user), async () => {
      requireProductionRole({ role: membership.role, environment });
      const organisationId = membership.organisation.id;
      return applyDefinitions({ organisationId, environment, document: parsed.document, actor });
    });
  } catch (error) {
    return { ok: false, error: await toActionError(error, { action: APPLY_ACTION, correlationId }) };
  }
  revalidatePath(pagePath(orgNumber));
  return { ok: true, data: result };
}
