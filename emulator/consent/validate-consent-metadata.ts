import { Problems } from "./consent-problems";
import { problem, type ProblemInstance } from "./problem-details";

/**
 * ConsentService.ValidateConsentMetadata and ValidateRequiredMetadata (Altinn/altinn-authorization-tmp
 * .../Core/Services/ConsentService.cs), for one right whose resource is a consent resource:
 * - every key sent must, lower-cased, be a key the resource declares (the declared keys are compared as stored,
 *   case-sensitively): otherwise AM-00006 with extension `key` (lower-cased);
 * - every value must be non-empty: otherwise AM-00007 with the extension "ConsentRight index: {i}, key";
 * - every declared key must be among the keys sent, compared case-insensitively (MetadataDictionary): otherwise
 *   AM-00008 with `key`. The resource's `optional` flag is not read, so every declared key is required.
 */
export function checkConsentMetadata(
  rightIndex: number,
  sent: [string, string | null][] | null,
  declared: unknown,
): ProblemInstance[] {
  const declaredKeys = typeof declared === "object" && declared !== null ? Object.keys(declared) : null;
  const problems: ProblemInstance[] = [];
  for (const [key, value] of sent ?? []) {
    const lower = key.toLowerCase();
    if (!declaredKeys?.includes(lower)) problems.push(problem(Problems.UnknownConsentMetadata, { key: lower }));
    if (!value)
      problems.push(problem(Problems.MissingMetadataValue, { [`ConsentRight index: ${rightIndex}, key`]: lower }));
  }
  const sentKeys = new Set((sent ?? []).map(([key]) => key.toLowerCase()));
  for (const key of declaredKeys ?? []) {
    if (!sentKeys.has(key.toLowerCase())) problems.push(problem(Problems.MissingMetadata, { key: key.toLowerCase() }));
  }
  return problems;
}
