// How an access list is named upstream and how its UpstreamChanges find it. Writer (enqueue) and reader (sync
// progress) must agree, so both use these helpers.

export type TDbEnvironment = "TEST" | "PROD";
export type TListEnvironment = "test" | "prod";

export const ACCESS_LIST_TARGET_TYPE = "access-list";

export const toDbEnvironment = (environment: TListEnvironment): TDbEnvironment =>
  environment === "test" ? "TEST" : "PROD";

export const fromDbEnvironment = (environment: TDbEnvironment): TListEnvironment =>
  environment === "TEST" ? "test" : "prod";

/** `{environment}:{identifier}`, e.g. `test:skd-banks`. */
export function accessListChangeTarget(environment: TDbEnvironment, identifier: string) {
  return { targetType: ACCESS_LIST_TARGET_TYPE, targetId: `${fromDbEnvironment(environment)}:${identifier}` };
}

export function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}
