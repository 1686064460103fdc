// One key per object the environments page compares; the form sends these keys and the action reads them back.

export const scopeKey = (name: string) => `scope:${name}`;
export const listKey = (identifier: string) => `list:${identifier}`;
export const connectionKey = (list: string, resource: string) => `connection:${list}>${resource}`;
export const resourceKey = (identifier: string) => `resource:${identifier}`;

/** How an object compares: the same in both, only in test (missing in production), different, or only in production. */
export type TComparisonStatus = "equal" | "missingInProd" | "differs" | "onlyInProd";

/**
 * Why an object cannot be promoted (message keys under `environments.blockers`). `needsList`, `needsConnection` and
 * `needsScope` name what must reach production first: already there, or selected in the same promotion.
 */
export type TBlocker =
  | "inactiveInTest"
  | "deactivatedInProd"
  | "prodChangePending"
  | "testNotSynced"
  | "testVersionProblems"
  | "needsList"
  | "needsConnection"
  | "needsScope";

/** What must reach production with or before an object: one of `anyOf` there already, or selected with it. */
export type TNeed = { blocker: TBlocker; anyOf: string[] };

/**
 * What every compared object carries: its key, how it compares, why it cannot be promoted at all (`blocker`), and
 * what it needs promoted with it (`needs`, only the needs production does not meet yet).
 */
export type TCompared = { key: string; status: TComparisonStatus; blocker: TBlocker | null; needs: TNeed[] };

/** Whether promoting the object changes anything (equal and production-only objects are not promoted). */
export const isPromotable = (object: TCompared) => object.status === "missingInProd" || object.status === "differs";
