import "server-only";
import { onUpstreamChangeSettled } from "@/lib/jobs/after-upstream-change";
import { recomputeAccessRequestsForChange } from "./recompute-access-request";

// Imported for its effect by lib/jobs/upstream-handlers.ts, so the worker process (scripts/worker.ts)
// moves access requests forward as their grants settle.
onUpstreamChangeSettled(({ db, change }) => recomputeAccessRequestsForChange({ db, changeId: change.id }));
