import { differingFields, type TComparedField } from "@/lib/scopes/compare-with-maskinporten";
import type { TScope } from "@/lib/scopes/scope-dto";
import type { TMaskinportenScope } from "@/lib/platform/upstream/maskinporten-scopes-client";
import type { TDriftFields, TDriftValue } from "./drift-fields";

// A scope against Maskinporten's, field by field: which fields differ is the scope list's own comparison
// (lib/scopes/compare-with-maskinporten.ts `differingFields`); this adds both values for the drift page.

function upstreamValue(upstream: TMaskinportenScope, field: TComparedField): TDriftValue {
  switch (field) {
    case "description":
      return upstream.description ?? "";
    case "longDescription":
      return upstream.long_description ?? "";
    case "visibility":
      return upstream.visibility ?? "PUBLIC";
    case "tokenLifetimeSeconds":
      return upstream.at_max_age ?? null;
    case "allowedIntegrationTypes":
      return upstream.allowed_integration_types ?? ["maskinporten"];
    case "active":
      return upstream.active ?? true;
  }
}

function portalValue(scope: TScope, field: TComparedField): TDriftValue {
  if (field === "longDescription") return scope.longDescription ?? "";
  return scope[field];
}

export function compareScope(scope: TScope, upstream: TMaskinportenScope): TDriftFields {
  return Object.fromEntries(
    differingFields(scope, upstream).map((field) => [
      field,
      { portal: portalValue(scope, field), upstream: upstreamValue(upstream, field) },
    ]),
  );
}
