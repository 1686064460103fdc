import { describe, expect, it } from "vitest";
import { parseAltinnAuthorization } from "./altinn-authorization";
import { authorizationDetailsParameter, authorizationDetailsRequest } from "./authorization-details-request";
import { roleByResourceId } from "./portal-resources";

// Token shapes as Digdir documents them (felleslosninger/docs, _docs/ansattporten/ansattporten_rar.md and
// ansattporten_representasjon.md): one object per resource the person holds, the chosen organisations inside.
const config = {
  ANSATTPORTEN_RESOURCE_ADMIN: "urn:altinn:resource:consent-portal-admin",
  ANSATTPORTEN_RESOURCE_WRITE: "urn:altinn:resource:consent-portal-write",
  ANSATTPORTEN_RESOURCE_READ: "urn:altinn:resource:consent-portal-read",
};
const roles = roleByResourceId(config);
const TYPE = "ansattporten:altinn:resource";

function party(orgNumber: string, resource: string, name = `Org ${orgNumber}`) {
  return { orgno: { authority: "iso6523-actorid-upis", ID: `0192:${orgNumber}` }, resource, name, unit_type: "ORGL" };
}
function detail(resource: string, parties: unknown[]) {
  return {
    type: TYPE,
    resource: `urn:altinn:resource:${resource}`,
    resource_name: resource,
    authorized_parties: parties,
  };
}

describe("authorizationDetailsRequest", () => {
  it("asks for the portal's three resources, one organisation per login", () => {
    expect(authorizationDetailsRequest(config)).toEqual([
      { type: TYPE, resource: "urn:altinn:resource:consent-portal-admin", allow_multiple_organizations: false },
      { type: TYPE, resource: "urn:altinn:resource:consent-portal-write", allow_multiple_organizations: false },
      { type: TYPE, resource: "urn:altinn:resource:consent-portal-read", allow_multiple_organizations: false },
    ]);
    expect(JSON.parse(authorizationDetailsParameter(config))).toHaveLength(3);
  });

  it("accepts a configured resource given by id as well as by URN", () => {
    const [admin] = authorizationDetailsRequest({ ...config, ANSATTPORTEN_RESOURCE_ADMIN: "my-admin" });
    expect(admin?.resource).toBe("urn:altinn:resource:my-admin");
  });
});

describe("parseAltinnAuthorization", () => {
  it("reads one organisation with the highest role among its resources", () => {
    const claim = [
      detail("consent-portal-read", [party("974761076", "consent-portal-read", "SKATTEETATEN")]),
      detail("consent-portal-admin", [party("974761076", "consent-portal-admin", "SKATTEETATEN")]),
    ];
    expect(parseAltinnAuthorization(claim, roles)).toEqual({
      parties: [
        {
          orgNumber: "974761076",
          name: "SKATTEETATEN",
          resources: ["consent-portal-admin", "consent-portal-read"],
          role: "ADMIN",
        },
      ],
      unknownResources: [],
    });
  });

  it("reads several organisations, each with its own role", () => {
    const claim = [
      detail("consent-portal-write", [
        party("974761076", "consent-portal-write"),
        party("313876144", "consent-portal-write"),
      ]),
      detail("consent-portal-admin", [party("313876144", "consent-portal-admin")]),
    ];
    const { parties } = parseAltinnAuthorization(claim, roles);
    expect(parties.map((p) => [p.orgNumber, p.role])).toEqual([
      ["974761076", "EDITOR"],
      ["313876144", "ADMIN"],
    ]);
  });

  it.each([
    ["an absent claim", undefined],
    ["an empty array", []],
    ["a person who continued as themselves", [{ type: TYPE }]],
    ["objects without authorized_parties", [{ type: TYPE, resource: "urn:altinn:resource:consent-portal-admin" }]],
    ["a claim that is not an array", { type: TYPE }],
  ])("finds no organisation in %s", (_case, claim) => {
    expect(parseAltinnAuthorization(claim, roles)).toEqual({ parties: [], unknownResources: [] });
  });

  it("lists an unknown resource and trusts it with nothing", () => {
    const claim = [detail("someone-elses-resource", [party("974761076", "someone-elses-resource")])];
    expect(parseAltinnAuthorization(claim, roles)).toEqual({
      parties: [{ orgNumber: "974761076", name: "Org 974761076", resources: [], role: null }],
      unknownResources: ["someone-elses-resource"],
    });
  });

  it.each([
    ["without the 0192 prefix", { authority: "iso6523-actorid-upis", ID: "974761076" }],
    ["with a wrong check digit", { authority: "iso6523-actorid-upis", ID: "0192:974761077" }],
    ["with another authority", { authority: "something-else", ID: "0192:974761076" }],
    ["with too few digits", { authority: "iso6523-actorid-upis", ID: "0192:97476107" }],
  ])("ignores an organisation number %s", (_case, orgno) => {
    const claim = [
      detail("consent-portal-admin", [
        { orgno, resource: "consent-portal-admin", name: "X" },
        party("313876144", "consent-portal-admin"),
      ]),
    ];
    expect(parseAltinnAuthorization(claim, roles).parties.map((p) => p.orgNumber)).toEqual(["313876144"]);
  });

  it("ignores other RAR types and malformed objects", () => {
    const claim = [
      {
        type: "ansattporten:altinn:service",
        resource: "urn:altinn:resource:2480:40",
        reportees: [{ ID: "0192:974761076" }],
      },
      { type: "ansattporten:orgno", orgno: { Authority: "iso6523-actorid-upis", ID: "0192:974761076" } },
      { type: TYPE, resource: "urn:altinn:resource:consent-portal-admin", authorized_parties: "974761076" },
      "not an object",
      detail("consent-portal-read", [party("313876144", "consent-portal-read")]),
    ];
    expect(parseAltinnAuthorization(claim, roles)).toEqual({
      parties: [{ orgNumber: "313876144", name: "Org 313876144", resources: ["consent-portal-read"], role: "VIEWER" }],
      unknownResources: [],
    });
  });
});
