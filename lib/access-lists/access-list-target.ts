import { type TEnvironment, toUpstreamEnv } from "@/lib/platform/environment";
// How an access list is named upstream and how its UpstreamChanges find it. Writer (enqueue) and reader (sync
// progress) must agree, so both use these helpers.

export const ACCESS_LIST_TARGET_TYPE = "access-list";

/** `{environment}:{identifier}`, e.g. `test:skd-banks`. */
export function accessListChangeTarget(environment: TEnvironment, identifier: string) {
  return { targetType: ACCESS_LIST_TARGET_TYPE, targetId: `${toUpstreamEnv(environment)}:${identifier}` };
}

export function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}
