import type { TFailureProblem } from "@/lib/platform/jobs/describe-upstream-failure";

// Altinn's answers to a consent request, placed where the builder asks for the thing refused. Codes from
// Altinn/altinn-authorization-tmp `src/libs/Altinn.Authorization.Api.Contracts/.../Errors/Problems.cs` (AM-000NN) and
// `ValidationErrors.cs` (AM.VLD-000NN), raised by `Core/Services/ConsentService.cs`. No server imports: the panel
// and the builder run in the browser.

/** A builder field: `party`, `requiredDelegator`, `validTo`, `redirectUrl`, `resourceIdentifier` or `metadata.<key>`. */
export type TKitField = string;

/** Message names under `integrationKit.problems` for the codes the kit explains; others are listed with Altinn's text. */
export const KNOWN_PROBLEMS: Record<string, string> = {
  "AM-00003": "unknownOrganisation",
  "AM-00004": "unknownPerson",
  "AM-00005": "invalidResource",
  "AM-00006": "unknownMetadata",
  "AM-00007": "emptyMetadata",
  "AM-00008": "missingMetadata",
  "AM-00009": "resourceCombination",
  "AM-00016": "idTaken",
  "AM.VLD-00022": "notInFuture",
  "AM.VLD-00023": "emptyList",
  "AM.VLD-00027": "redirectUrl",
};

const BY_PATH: Record<string, TKitField> = {
  redirecturl: "redirectUrl",
  validto: "validTo",
  from: "party",
  requireddelegator: "requiredDelegator",
  requestmessage: "requestMessage",
  portalviewmode: "portalViewMode",
  resource: "resourceIdentifier",
};

/** The builder field a validation path names (`RedirectUrl`, `/validTo`, `$.consentRights[0].metadata.aar`), if any. */
export function fieldOfPath(path: string, declaredKeys: readonly string[] = []): TKitField | null {
  const segments = path
    .replace(/^\$\.?/, "")
    .split(/[/.[\]]+/)
    .filter(Boolean)
    .map((s) => s.toLowerCase());
  const [first, ...rest] = segments;
  if (!first) return null;
  if (BY_PATH[first]) return BY_PATH[first];
  if (first.startsWith("consentright")) {
    const at = rest.indexOf("metadata");
    if (at !== -1 && rest[at + 1]) return metadataField(rest[at + 1]!, declaredKeys);
    if (rest.includes("resource")) return "resourceIdentifier";
  }
  return null;
}

/** `metadata.<key>` with the key as the resource declares it (Altinn reports keys lower-cased). */
function metadataField(key: string, declaredKeys: readonly string[]): TKitField {
  const declared = declaredKeys.find((k) => k.toLowerCase() === key.toLowerCase());
  return `metadata.${declared ?? key}`;
}

/** Which party of the request a URN names. */
function partyField(urn: string | undefined, request: { from: string; requiredDelegator?: string }): TKitField | null {
  if (!urn) return null;
  if (urn.toLowerCase() === request.from.toLowerCase()) return "party";
  if (request.requiredDelegator && urn.toLowerCase() === request.requiredDelegator.toLowerCase())
    return "requiredDelegator";
  return null;
}

/** The builder field a problem is about, or null when it belongs in the list under the form. */
export function fieldOfProblem(
  problem: TFailureProblem,
  context: { request: { from: string; requiredDelegator?: string }; declaredKeys: readonly string[] },
): TKitField | null {
  switch (problem.code) {
    case "AM-00006":
    case "AM-00007":
    case "AM-00008":
      return problem.key ? metadataField(problem.key, context.declaredKeys) : null;
    case "AM-00003":
      return partyField(problem.extensions?.orgnr, context.request);
    case "AM-00004":
      return partyField(problem.extensions?.fnumber, context.request);
    case "AM-00005":
    case "AM-00009":
      return "resourceIdentifier";
  }
  for (const path of problem.paths ?? []) {
    const field = fieldOfPath(path, context.declaredKeys);
    if (field) return field;
  }
  return null;
}

export type TPlacedProblem = { field: TKitField | null; problem: TFailureProblem };

/** Each problem with the builder field it belongs beside (null: in the list). */
export function placeProblems(
  problems: readonly TFailureProblem[],
  context: { request: { from: string; requiredDelegator?: string | null }; declaredKeys: readonly string[] },
): TPlacedProblem[] {
  const request = { from: context.request.from, requiredDelegator: context.request.requiredDelegator ?? undefined };
  return problems.map((problem) => ({
    field: fieldOfProblem(problem, { request, declaredKeys: context.declaredKeys }),
    problem,
  }));
}
