import "server-only";
import {
  enqueueUpstreamChange as enqueueChange,
  enqueueUpstreamChanges as enqueueChanges,
  type TUpstreamChangeRow,
} from "@/lib/platform/jobs/enqueue-upstream-change";
import type { TUpstreamKind, TUpstreamPayload } from "./upstream-job-registry";

/**
 * One change of one kind, with that kind's payload: a union over the kinds, so a payload that does not fit its kind
 * does not compile, also where the kind is one of several (each must then fit).
 */
export type TEnqueueUpstreamChange = TUpstreamChangeRow & TTypedChange;

/** A kind and its payload (a union over the kinds, as above). */
type TTypedChange = { [TKind in TUpstreamKind]: { kind: TKind; payload: TUpstreamPayload<TKind> } }[TUpstreamKind];

/**
 * Records a change that must reach an upstream API and queues its job, in the caller's transaction
 * (lib/platform/jobs/enqueue-upstream-change.ts), typed by kind. Only types come from the registry, so importing this
 * from a feature creates no import cycle at run time.
 */
export const enqueueUpstreamChange: (options: TEnqueueUpstreamChange) => Promise<{ changeId: string }> = enqueueChange;

/** Several changes in the caller's transaction, in the order given, each typed by its kind. */
export const enqueueUpstreamChanges: (options: {
  tx: TUpstreamChangeRow["tx"];
  changes: readonly (Omit<TUpstreamChangeRow, "tx"> & TTypedChange)[];
}) => Promise<{ changeIds: string[] }> = enqueueChanges;
