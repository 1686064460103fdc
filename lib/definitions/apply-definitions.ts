import "server-only";
import { db } from "@/lib/platform/db/prisma";
import { inAuditedTransaction } from "@/lib/platform/db/audited-transaction";
import { AppError } from "@/lib/platform/errors/app-error";
import { toActionError } from "@/lib/platform/errors/to-action-error";
import type { TEnvironment } from "@/lib/platform/environment";
import type { TDefinitionsDocument, TPlannedChange } from "./definitions-schema";
import { readPlan } from "./plan-definitions";
import { stepsOf } from "./apply-steps";
import type { TApplyContext } from "./apply-context";

export type TDefinitionsActor = { actorId: string; correlationId: string; apiTokenId?: string | null };

/**
 * A domain refusal (a scope name taken forever, a production publication that test has not confirmed, ...) named
 * by the object it stopped, with the changes applied before it: the rest of the plan is not attempted, and planning
 * again shows what is left.
 */
async function refusal(error: AppError, change: TPlannedChange, applied: number, correlationId: string) {
  const reason = (await toActionError(error, { action: "definitions.apply", correlationId })).message;
  const fieldErrors = Object.fromEntries(
    Object.entries(error.options.fieldErrors ?? {}).map(([field, messages]) => [
      `${change.kind}:${change.key}.${field}`,
      messages,
    ]),
  );
  return new AppError(error.code, "definitionsRefused", {
    values: { object: `${change.kind} ${change.key}`, reason, applied },
    fieldErrors,
  });
}

/**
 * Makes the portal match the document: the plan carried out through the domain operations of the portal's forms
 * (apply-steps.ts), each step in its own audited transaction with the form's audit action name and a summary that
 * says "via definitions", queuing the same upstream changes. Applying the same document again plans nothing.
 * Roles and the production rule are the caller's to check (the page's action, the API route).
 */
export async function applyDefinitions(input: {
  organisationId: string;
  environment: TEnvironment;
  document: TDefinitionsDocument;
  actor: TDefinitionsActor;
}): Promise<{ applied: TPlannedChange[] }> {
  const { organisationId, environment, document, actor } = input;
  const { organisation, changes } = await readPlan({ db: db(), organisationId, environment, document });
  const steps = changes
    .flatMap((change) => stepsOf(change, document).map((step) => ({ change, step })))
    .sort((a, b) => a.step.phase - b.step.phase);
  const remaining = new Map(changes.map((change) => [change, steps.filter((s) => s.change === change).length]));
  const done = new Set<TPlannedChange>();
  // In the plan's order, once all of a change's steps are done.
  const applied = () => changes.filter((change) => done.has(change));
  for (const { change, step } of steps) {
    // Through the API, each step's event also names the token (AuditEvent.apiTokenId).
    const audit = { ...actor, organisationId, action: step.action };
    try {
      await inAuditedTransaction(db(), audit, async (tx) => {
        const context: TApplyContext = { tx, organisation, environment, document, actorId: actor.actorId };
        const { targetId, summary } = await step.run(context);
        return { data: null, audit: { targetType: step.targetType, targetId, summary } };
      });
    } catch (error) {
      if (error instanceof AppError) throw await refusal(error, change, done.size, actor.correlationId);
      throw error;
    }
    const left = (remaining.get(change) ?? 1) - 1;
    remaining.set(change, left);
    if (left === 0) done.add(change);
  }
  return { applied: applied() };
}
