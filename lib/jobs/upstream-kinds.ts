// The kinds of change the portal sends upstream. Each has one idempotent handler in lib/jobs/handlers.

export const UPSTREAM_KINDS = [
  "maskinporten.scope.upsert",
  "maskinporten.scope.deactivate",
  "maskinporten.scope-access.grant",
  "maskinporten.scope-access.revoke",
  "registry.resource.publish",
  "registry.resource.withdraw",
  "registry.resource.delete",
  "registry.access-list.upsert",
  "registry.access-list.delete",
  "registry.access-list.members.add",
  "registry.access-list.members.remove",
  "registry.access-list.resource-connection.put",
  "registry.access-list.resource-connection.delete",
  "maskinporten.client.create",
  "maskinporten.client.update",
  "maskinporten.client.jwks.replace",
  "maskinporten.client.delete",
  "altinn.consent-request.create",
] as const;

export type TUpstreamKind = (typeof UPSTREAM_KINDS)[number];

export type TUpstreamChangeForHandler = {
  id: string;
  kind: TUpstreamKind;
  environment: "TEST" | "PROD";
  organisationId: string | null;
  targetType: string;
  targetId: string;
  payload: unknown;
};

export type TUpstreamHandler = (change: TUpstreamChangeForHandler) => Promise<void>;
export type TUpstreamHandlers = Partial<Record<TUpstreamKind, TUpstreamHandler>>;
