import { diffDefinitions } from "@/lib/consent-resources/diff-definitions";
import type { TConsentResourceDefinition } from "@/lib/consent-resources/resource-definition-schema";
import type { TEnvironment } from "@/lib/platform/environment";
import { allowedStatusChanges, type TStatusChange } from "./status-transitions";

/** Whether two definitions differ in anything but their status: a status change must not publish anything else. */
export const differsBeyondStatus = (published: TConsentResourceDefinition, latest: TConsentResourceDefinition) =>
  diffDefinitions(published, latest).some((change) => change.field !== "status");

export type TStatusChangeOptions = {
  latestVersion: number;
  status: string;
  allowed: readonly TStatusChange[];
  /** Where the resource is published now: a status change publishes its new version there. */
  live: TEnvironment[];
  /** Environments publishing a version that differs from the latest in more than its status (the change is refused). */
  differing: { environment: TEnvironment; published: number }[];
};

/** What the publishing page offers for the status, as change-resource-status.ts will check it again. */
export function statusChangeOptions(options: {
  latest: { version: number; content: TConsentResourceDefinition };
  published: { environment: TEnvironment; version: number; content: TConsentResourceDefinition }[];
}): TStatusChangeOptions {
  const { latest, published } = options;
  return {
    latestVersion: latest.version,
    status: latest.content.status,
    allowed: allowedStatusChanges(latest.content.status),
    live: published.map((p) => p.environment),
    differing: published
      .filter((p) => differsBeyondStatus(p.content, latest.content))
      .map((p) => ({ environment: p.environment, published: p.version })),
  };
}
