import "server-only";
import type { z } from "zod";
import type { ActingFor } from "@/lib/platform/upstream/authorized-http-clients";
import { FinalFailureError } from "./upstream-job-kit";
import { type TEnvironment, toUpstreamEnv } from "@/lib/platform/environment";

// One kind of upstream change, declared once: its name, the zod schema of its payload and its handler. The registry
// (lib/upstream-jobs/upstream-job-registry.ts) lists the declarations; the kinds, the enqueue payload types and the worker's handler
// map are derived from that list, so a kind cannot be enqueued without a handler or with another kind's payload.

/** An `UpstreamChange` row as a handler sees it; the payload is still unread (`run` validates it). */
export type TUpstreamChangeForHandler = {
  id: string;
  kind: string;
  environment: TEnvironment;
  organisationId: string | null;
  targetType: string;
  targetId: string;
  payload: unknown;
};

/** Every payload names the organisation the portal acts for (`consumer_org` of the upstream token). */
type TActingPayloadSchema = z.ZodType<{ actingFor: string }>;

export type TUpstreamJobContext<TPayload> = {
  /** The payload, parsed with the kind's schema. */
  payload: TPayload;
  change: TUpstreamChangeForHandler;
  /** The environment and organisation every upstream call of this change acts for. */
  acting: ActingFor;
};

export type TUpstreamJob<TKind extends string, TSchema extends TActingPayloadSchema> = {
  readonly kind: TKind;
  readonly payload: TSchema;
  /** Validates the stored payload with the kind's schema, then runs the handler; throws what the handler throws. */
  readonly run: (change: TUpstreamChangeForHandler) => Promise<void>;
};

/**
 * A stored payload the kind's schema refuses (written by an older version, or edited by hand) can never succeed:
 * the change fails at once with the schema's complaints as its reason, instead of being retried ten times.
 */
export class MalformedPayloadError extends FinalFailureError {
  constructor(kind: string, error: z.ZodError) {
    const problems = error.issues.map((issue) => `${issue.path.join(".") || "payload"}: ${issue.message}`);
    super(`The stored payload of this ${kind} change does not fit its kind (${problems.join("; ")})`);
    this.name = "MalformedPayloadError";
  }
}

/** Declares one kind of upstream change. Handlers must be idempotent: a change may run more than once. */
export function defineUpstreamJob<const TKind extends string, TSchema extends TActingPayloadSchema>(job: {
  kind: TKind;
  payload: TSchema;
  handler: (context: TUpstreamJobContext<z.output<TSchema>>) => Promise<void>;
}): TUpstreamJob<TKind, TSchema> {
  return {
    kind: job.kind,
    payload: job.payload,
    run: async (change) => {
      const parsed = job.payload.safeParse(change.payload);
      if (!parsed.success) throw new MalformedPayloadError(job.kind, parsed.error);
      const acting = { environment: toUpstreamEnv(change.environment), actingFor: parsed.data.actingFor };
      await job.handler({ payload: parsed.data, change, acting });
    },
  };
}

/** The worker's handler per kind; the platform knows kinds only as strings (the registry in lib/upstream-jobs types them). */
export type TUpstreamHandler = (change: TUpstreamChangeForHandler) => Promise<void>;
export type TUpstreamHandlers = Readonly<Record<string, TUpstreamHandler>>;
