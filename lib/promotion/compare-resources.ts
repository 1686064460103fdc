import { consentTextProblems } from "@/lib/consent-resources/definition-problems";
import { diffDefinitions } from "@/lib/consent-resources/diff-definitions";
import type { TConsentResourceDefinition } from "@/lib/consent-resources/resource-definition-schema";
import type { TUpstreamSyncState } from "@/lib/platform/jobs/latest-upstream-changes";
import { approversOf, buildConsentPolicy } from "@/lib/publishing/build-consent-policy";
import type { TFieldDifference } from "./compare-fields";
import {
  resourceKey,
  scopeKey,
  type TBlocker,
  type TCompared,
  type TComparisonStatus,
  type TNeed,
} from "./promotion-keys";

// Consent resources side by side: the version each environment publishes, the fields between them, and the policy the
// portal builds for each (lib/publishing/build-consent-policy.ts, from the publication and that environment's
// connected access lists), rule by rule.

export type TPublicationRecord = {
  version: number;
  state: string;
  definition: TConsentResourceDefinition;
  /** The access lists connected to the resource in this environment (the policy names them). */
  accessLists: string[];
  sync: Omit<TUpstreamSyncState, "attempts"> | null;
};

/** The two rules of a consent policy: who may request consent, and who may give it. */
export type TPolicyRules = {
  requestConsent: { kind: "organisations" } | { kind: "accessLists"; lists: string[] } | { kind: "noList" };
  consent: string[];
};

export type TResourceComparison = TCompared & {
  identifier: string;
  test: TPublicationRecord | null;
  prod: TPublicationRecord | null;
  differences: TFieldDifference[];
  /** The rules of each environment's policy; `differs` compares the policies as built (XML), the others rule by rule. */
  policies: {
    test: TPolicyRules | null;
    prod: TPolicyRules | null;
    differs: boolean;
    requestConsentDiffers: boolean;
    consentDiffers: boolean;
  };
};

export type TResourceInput = { identifier: string; test: TPublicationRecord | null; prod: TPublicationRecord | null };

/** What production already has that a resource may need: scopes by name, and the test connections missing there. */
export type TProductionContext = {
  orgCode: string;
  scopePrefix: string | null;
  prodScopeNames: ReadonlySet<string>;
  /** Per resource, the keys of its test connections that production lacks. */
  missingConnections: ReadonlyMap<string, string[]>;
  /** Resources with at least one access list connected in production. */
  connectedInProd: ReadonlySet<string>;
};

const published = (side: TPublicationRecord | null) => (side?.state === "PUBLISHED" ? side : null);

function policyOf(identifier: string, orgCode: string, side: TPublicationRecord | null) {
  if (!published(side)) return null;
  const input = {
    identifier,
    orgCode,
    accessListMode: side!.definition.accessListMode,
    accessListIdentifiers: side!.accessLists,
    approvers: approversOf(side!.definition),
  };
  const lists = [...new Set(side!.accessLists)].sort();
  const requestConsent: TPolicyRules["requestConsent"] =
    input.accessListMode === "Disabled"
      ? { kind: "organisations" }
      : lists.length === 0
        ? { kind: "noList" }
        : { kind: "accessLists", lists };
  // The XML as publishing sends it; none when the resource is restricted to lists and has none (nothing is sent then).
  const xml = requestConsent.kind === "noList" ? null : buildConsentPolicy(input);
  const consent = [...input.approvers.roles, ...input.approvers.accessPackages];
  return { rules: { requestConsent, consent } satisfies TPolicyRules, xml };
}

function statusOf(test: TPublicationRecord | null, prod: TPublicationRecord | null): TComparisonStatus {
  const [inTest, inProd] = [published(test), published(prod)];
  if (!inTest) return inProd ? "onlyInProd" : "equal";
  if (!inProd) return "missingInProd";
  return inTest.version === inProd.version ? "equal" : "differs";
}

function blockerOf(test: TPublicationRecord): TBlocker | null {
  if (test.sync?.status !== "SYNCED") return "testNotSynced"; // publish-consent-resource.ts: production takes what test confirmed
  if (consentTextProblems(test.definition).length > 0) return "testVersionProblems";
  return null;
}

function needsOf(identifier: string, test: TPublicationRecord, context: TProductionContext): TNeed[] {
  const needs: TNeed[] = [];
  const own = (name: string) => context.scopePrefix !== null && name.startsWith(`${context.scopePrefix}:`);
  for (const name of test.definition.scopeReferences.filter(own))
    if (!context.prodScopeNames.has(name)) needs.push({ blocker: "needsScope", anyOf: [scopeKey(name)] });
  const missing = context.missingConnections.get(identifier) ?? [];
  // publish-consent-resource.ts: a version restricted to lists is not published without one connected there.
  if (test.definition.accessListMode === "Enabled" && !context.connectedInProd.has(identifier))
    needs.push({ blocker: "needsConnection", anyOf: missing });
  return needs;
}

export function compareResource(input: TResourceInput, context: TProductionContext): TResourceComparison {
  const { identifier, test, prod } = input;
  const status = statusOf(test, prod);
  const promotable = (status === "missingInProd" || status === "differs") && test !== null;
  const [testPolicy, prodPolicy] = [
    policyOf(identifier, context.orgCode, test),
    policyOf(identifier, context.orgCode, prod),
  ];
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  const differences =
    status === "differs"
      ? diffDefinitions(prod!.definition, test!.definition).map((change) => ({
          field: change.language ? `${change.field}.${change.language}` : change.field,
          test: change.after,
          prod: change.before,
        }))
      : [];
  return {
    key: resourceKey(identifier),
    identifier,
    status,
    blocker: promotable ? blockerOf(test!) : null,
    needs: promotable ? needsOf(identifier, test!, context) : [],
    test,
    prod,
    differences,
    policies: {
      test: testPolicy?.rules ?? null,
      prod: prodPolicy?.rules ?? null,
      differs: testPolicy?.xml !== prodPolicy?.xml,
      requestConsentDiffers: !same(testPolicy?.rules.requestConsent, prodPolicy?.rules.requestConsent),
      consentDiffers: !same(testPolicy?.rules.consent, prodPolicy?.rules.consent),
    },
  };
}
