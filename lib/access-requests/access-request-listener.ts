import "server-only";
import type { TAfterUpstreamChange } from "@/lib/platform/jobs/after-upstream-change";
import { recomputeAccessRequestsForChange } from "./recompute-access-request";

/** Moves access requests forward as their grants' changes settle; listed in lib/upstream-jobs/upstream-job-registry.ts. */
export const accessRequestListener: TAfterUpstreamChange = ({ db, change }) =>
  recomputeAccessRequestsForChange({ db, changeId: change.id });
