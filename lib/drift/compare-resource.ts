import type { TServiceResource } from "@/lib/platform/upstream/resource-registry-client";
import { stable } from "@/lib/publishing/read-registry-drift";
import { differing, type TDriftField, type TDriftFields, type TDriftValue } from "./drift-fields";
import { policyPermissions } from "./policy-permissions";

// A consent resource published in an environment against the registry's copy, field by field (one level down into
// language texts and the owner, lists as sets), and its policy by meaning (policy-permissions.ts). Pure: the caller
// builds the portal's side with lib/publishing's toServiceResource and buildConsentPolicy.

/**
 * The registry's `version` is free text the portal fills with its own version number: bookkeeping, not content. A
 * resource taken from upstream becomes the portal's next version while the registry keeps the number it had.
 */
const NOT_COMPARED = new Set(["version"]);

const asValue = (value: unknown): TDriftValue =>
  value === undefined || value === null
    ? null
    : typeof value === "string" || typeof value === "number" || typeof value === "boolean"
      ? value
      : stable(value);

/** A field as one or more comparable pairs: objects one level down (`title.nb`), lists as sets of their items. */
function pairs(name: string, portal: unknown, upstream: unknown): [string, TDriftField & { asSet?: boolean }][] {
  if (Array.isArray(portal) || Array.isArray(upstream)) {
    const items = (value: unknown) => (Array.isArray(value) ? value.map((item) => String(asValue(item))) : []);
    return [[name, { portal: items(portal), upstream: items(upstream), asSet: true }]];
  }
  if (portal && typeof portal === "object" && !Array.isArray(portal)) {
    const other = upstream && typeof upstream === "object" ? (upstream as Record<string, unknown>) : {};
    const keys = new Set([...Object.keys(portal), ...Object.keys(other)]);
    return [...keys].map((key) => [
      `${name}.${key}`,
      { portal: asValue((portal as Record<string, unknown>)[key]), upstream: asValue(other[key]) },
    ]);
  }
  return [[name, { portal: asValue(portal), upstream: asValue(upstream) }]];
}

/** Lines only one side has, so a policy that differs in one subject shows that subject, not two whole policies. */
function comparePolicies(portal: string | null, upstream: string | null): TDriftFields {
  const ours = portal === null ? [] : (policyPermissions(portal) ?? ["(unreadable)"]);
  const theirs = upstream === null ? [] : (policyPermissions(upstream) ?? ["(unreadable)"]);
  const onlyPortal = ours.filter((line) => !theirs.includes(line));
  const onlyUpstream = theirs.filter((line) => !ours.includes(line));
  return onlyPortal.length || onlyUpstream.length ? { policy: { portal: onlyPortal, upstream: onlyUpstream } } : {};
}

export function compareResource(options: {
  portal: TServiceResource;
  upstream: TServiceResource;
  /** The XACML the portal would send (null when it could not build one); the registry's (null: none). */
  portalPolicy: string | null;
  upstreamPolicy: string | null;
}): TDriftFields {
  const upstream = options.upstream as Record<string, unknown>;
  const fields = Object.entries(options.portal)
    .filter(([name]) => !NOT_COMPARED.has(name))
    .flatMap(([name, value]) => pairs(name, value, upstream[name]));
  return {
    ...differing(Object.fromEntries(fields)),
    ...comparePolicies(options.portalPolicy, options.upstreamPolicy),
  };
}
