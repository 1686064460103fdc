import { altinnRoute } from "../consent/http-results";
import { sendJson } from "../http-helpers";
import type { RouteContext, Router } from "../registry/router";
import {
  cascadeOf,
  organisationEntity,
  type PartyCaller,
  requiredQuery,
  requirePartyCaller,
  SUPPLIER_SCOPES,
} from "./supplier-caller";
import * as service from "./supplier-service";

type Answer = { status: 200; body: unknown } | { status: 204 };
type Action = (context: RouteContext, party: string, caller: PartyCaller) => Answer;

const ok = (body: unknown): Answer => ({ status: 200, body });
const noContent: Answer = { status: 204 };
const optionalOrg = (context: RouteContext, name: string) => {
  const value = context.query.get(name)?.trim();
  return value ? organisationEntity(value) : undefined;
};
const optionalResource = (context: RouteContext) => {
  const value = context.query.get("resource")?.trim();
  return value ? service.requireSchemaResource(value) : undefined;
};
/** A required organisation parameter, looked up before anything else (MaskinportenSupplierService.GetEntity: AM-00023). */
const org = (context: RouteContext, name: string) => organisationEntity(requiredQuery(context, name));

type Pair = { consumerOrg: string; supplierOrg: string };

/**
 * Altinn's supplier-delegation API (Altinn/altinn-authorization-tmp
 * src/apps/Altinn.AccessManagement/src/Altinn.AccessManagement.Api.Enduser/Controllers/): MaskinportenSuppliersController
 * (`party` is the consumer naming suppliers and delegating MaskinportenSchema resources to them) and
 * MaskinportenConsumersController (`party` is the supplier, seeing its consumers and giving up what they delegated).
 * Both list, remove, list resources and remove a resource alike, from their own side; only the consumer adds.
 */
const SIDES = [
  {
    path: "maskinportensuppliers",
    other: "supplier",
    read: SUPPLIER_SCOPES.suppliersRead,
    write: SUPPLIER_SCOPES.suppliersWrite,
    pair: (party: string, other?: string) => ({ consumerOrg: party, supplierOrg: other }),
  },
  {
    path: "maskinportenconsumers",
    other: "consumer",
    read: SUPPLIER_SCOPES.consumersRead,
    write: SUPPLIER_SCOPES.consumersWrite,
    pair: (party: string, other?: string) => ({ consumerOrg: other, supplierOrg: party }),
  },
] as const;

function routes(): [string, string, string, Action][] {
  const rows: [string, string, string, Action][] = [
    [
      "POST",
      "maskinportensuppliers",
      SUPPLIER_SCOPES.suppliersWrite,
      (c, party, { pid, partyUuid }) => ok(service.addSupplier(c.env, party, org(c, "supplier"), { pid, partyUuid })),
    ],
    [
      "POST",
      "maskinportensuppliers/resources",
      SUPPLIER_SCOPES.suppliersWrite,
      (c, party, { pid, partyUuid }) =>
        ok(service.addResource(c.env, party, org(c, "supplier"), requiredQuery(c, "resource"), { pid, partyUuid })),
    ],
  ];
  for (const side of SIDES) {
    const both = (c: RouteContext, party: string) => side.pair(party, org(c, side.other)) as Pair;
    const listed = side.other === "supplier" ? "supplier" : "consumer";
    rows.push(
      [
        "GET",
        side.path,
        side.read,
        (c, party) => ok(service.listConnections(c.env, side.pair(party, optionalOrg(c, side.other)), listed)),
      ],
      [
        "DELETE",
        side.path,
        side.write,
        (c, party) => {
          const { consumerOrg, supplierOrg } = both(c, party);
          service.removeSupplier(c.env, consumerOrg, supplierOrg, cascadeOf(c));
          return noContent;
        },
      ],
      [
        "GET",
        `${side.path}/resources`,
        side.read,
        (c, party) =>
          ok(
            service.listResources(c.env, {
              ...side.pair(party, optionalOrg(c, side.other)),
              resource: optionalResource(c),
            }),
          ),
      ],
      [
        "DELETE",
        `${side.path}/resources`,
        side.write,
        (c, party) => {
          const { consumerOrg, supplierOrg } = both(c, party);
          service.removeResource(c.env, consumerOrg, supplierOrg, requiredQuery(c, "resource"));
          return noContent;
        },
      ],
    );
  }
  return rows;
}

export function addSupplierRoutes(router: Router): void {
  for (const [method, path, scope, action] of routes()) {
    router.on(
      method,
      `/${path}`,
      altinnRoute(async (context) => {
        const caller = await requirePartyCaller(context, scope);
        const answer = action(context, caller.orgNumber, caller);
        if (answer.status === 204) context.res.writeHead(204, { "content-length": 0 }).end();
        else sendJson(context.res, 200, answer.body);
      }),
    );
  }
}
