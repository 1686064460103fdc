// Where an approved request stands, from the upstream changes of its grants. Pure, so the rule is
// tested on its own: any failed grant fails the request (with that grant's reason), all synced makes it
// active, and anything still pending keeps it provisioning. No grants at all means nothing to wait for.

export type TGrantChangeState = { status: "PENDING" | "SYNCED" | "FAILED"; lastError: string | null; target: string };
export type TProvisioningStatus = { status: "PROVISIONING" | "ACTIVE" | "FAILED"; reason: string | null };

export function statusFromGrants(grants: readonly TGrantChangeState[]): TProvisioningStatus {
  const failed = grants.filter((grant) => grant.status === "FAILED");
  if (failed.length > 0) {
    return {
      status: "FAILED",
      reason: failed.map((grant) => `${grant.target}: ${grant.lastError ?? "failed"}`).join("; "),
    };
  }
  if (grants.every((grant) => grant.status === "SYNCED")) return { status: "ACTIVE", reason: null };
  return { status: "PROVISIONING", reason: null };
}
