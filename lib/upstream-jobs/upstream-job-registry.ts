import "server-only";
import type { z } from "zod";
import { accessListJobs } from "@/lib/access-lists/access-list-jobs";
import { accessRequestListener } from "@/lib/access-requests/access-request-listener";
import { clientJobs } from "@/lib/clients/client-jobs";
import { waitingClientListener } from "@/lib/clients/waiting-client-listener";
import { consentRequestJobs } from "@/lib/integration-kit/consent-request-jobs";
import { resourceJobs } from "@/lib/publishing/resource-jobs";
import { scopeJobs } from "@/lib/scopes/scope-jobs";
import type { TAfterUpstreamChange } from "@/lib/platform/jobs/after-upstream-change";
import type { TUpstreamHandler } from "@/lib/platform/jobs/define-upstream-job";

// Every kind of change the portal sends upstream, each declared once beside its feature (defineUpstreamJob). The
// kinds, the payload each kind is enqueued with and the worker's handlers are derived from this list. It composes the
// features, so it lives beside them, not in lib/platform: the platform's job runtime knows kinds only as strings.

export const upstreamJobs = [
  ...scopeJobs,
  ...resourceJobs,
  ...accessListJobs,
  ...clientJobs,
  ...consentRequestJobs,
] as const;

type TUpstreamJobs = (typeof upstreamJobs)[number];

export type TUpstreamKind = TUpstreamJobs["kind"];

/** What `enqueueUpstreamChange` takes for a kind: the input of the kind's payload schema. */
export type TUpstreamPayload<TKind extends TUpstreamKind> = z.input<Extract<TUpstreamJobs, { kind: TKind }>["payload"]>;

export const upstreamKinds: readonly TUpstreamKind[] = upstreamJobs.map((job) => job.kind);

export type TUpstreamHandlers = Partial<Record<TUpstreamKind, TUpstreamHandler>>;

/** The handler for each kind of upstream change (validating its payload first); every one is idempotent. */
export const upstreamHandlers = Object.fromEntries(upstreamJobs.map((job) => [job.kind, job.run])) as TUpstreamHandlers;

/** Told whenever a change settles (synced or failed); the worker passes these to the job runner. */
export const upstreamChangeListeners: readonly TAfterUpstreamChange[] = [accessRequestListener, waitingClientListener];
