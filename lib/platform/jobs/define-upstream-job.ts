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

/**
 * Which upstream objects a change sets, named within its target (`targetType` + `targetId`). Without it the change
 * sets its whole target (one scope, one grant of a scope to a consumer, one resource). A change naming several
 * objects (a batch of list members) says how to send only some of them: the runner drops those a newer change set.
 */
export type TUpstreamObjects<TPayload> = {
  keys: (payload: TPayload) => readonly string[];
  only?: (payload: TPayload, keys: ReadonlySet<string>) => TPayload;
};

/** The object key of a change that sets its whole target. */
export const WHOLE_TARGET = "*";

export type TUpstreamJob<TKind extends string, TSchema extends TActingPayloadSchema> = {
  readonly kind: TKind;
  readonly payload: TSchema;
  /** Validates the stored payload with the kind's schema, then runs the handler; throws what the handler throws. */
  readonly run: TUpstreamHandler;
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
  /** The objects the change sets, when not its whole target (see TUpstreamObjects). */
  objects?: TUpstreamObjects<z.output<TSchema>>;
  handler: (context: TUpstreamJobContext<z.output<TSchema>>) => Promise<void>;
}): TUpstreamJob<TKind, TSchema> {
  const { objects } = job;
  const run = async (change: TUpstreamChangeForHandler, live?: ReadonlySet<string>) => {
    const parsed = job.payload.safeParse(change.payload);
    if (!parsed.success) throw new MalformedPayloadError(job.kind, parsed.error);
    const acting = { environment: toUpstreamEnv(change.environment), actingFor: parsed.data.actingFor };
    const payload = live && objects?.only ? objects.only(parsed.data, live) : parsed.data;
    await job.handler({ payload, change, acting });
  };
  const objectKeys = (change: TUpstreamChangeForHandler): readonly string[] => {
    const parsed = job.payload.safeParse(change.payload);
    // A payload that does not parse fails when it runs; for ordering it stands for its whole target.
    return objects && parsed.success ? objects.keys(parsed.data) : [WHOLE_TARGET];
  };
  return { kind: job.kind, payload: job.payload, run: Object.assign(run, { objectKeys, partial: !!objects?.only }) };
}

/**
 * The worker's handler per kind; the platform knows kinds only as strings (the registry in lib/upstream-jobs types them).
 * `live` names the objects still to be sent when a newer change set the others; `objectKeys` comes with declared
 * kinds (a bare function, as tests pass, sets its whole target).
 */
export type TUpstreamHandler = ((change: TUpstreamChangeForHandler, live?: ReadonlySet<string>) => Promise<void>) & {
  objectKeys?: (change: TUpstreamChangeForHandler) => readonly string[];
  /** Whether the handler can send only some of its objects (`live`). */
  partial?: boolean;
};
export type TUpstreamHandlers = Readonly<Record<string, TUpstreamHandler>>;
