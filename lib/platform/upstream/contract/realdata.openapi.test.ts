import { describe, expect, it } from "vitest";
import { STATUS_DEVIATIONS } from "@/test/openapi/known-spec-deviations";
import { assertMatchesOperation, loadOpenApi, matchPath, validateOperation } from "@/test/openapi/openapi-contract";
import { readRealJson } from "@/test/openapi/realdata";

// Proves the validator before anything relies on it: Altinn's own resources pass the registry's document, and
// bodies broken in one place fail, naming the field. The documents and resources are read from ../shared/realdata.

const registry = loadOpenApi("registry");
const consent = loadOpenApi("consent");
const REAL_RESOURCES = ["resource.stami-samtykke-must.json", "resource.skd-migrert-4628-1-7381.json"];
const CREATE = { method: "POST", path: "/resourceregistry/api/v1/resource" };
const CONSENT_REQUESTS = "/accessmanagement/api/v1/enterprise/consentrequests";

type TResource = Record<string, unknown> & { identifier: string };
const realResource = (name: string) => readRealJson<TResource>(name);
const problemsOf = (body: unknown) => validateOperation(registry, CREATE, body, "request").problems;

/** A consent request shaped like the ones in Altinn's ConsentControllerTestEnterprise.cs. */
const consentRequest = () => ({
  id: "e2071c55-6adf-487b-af05-9198a230ed44",
  from: "urn:altinn:person:identifier-no:01025161013",
  to: "urn:altinn:organization:identifier-no:810419512",
  validTo: "2030-01-01T00:00:00+00:00",
  consentRights: [
    {
      action: ["consent"],
      resource: [{ type: "urn:altinn:resource", value: "ttd_inntektsopplysninger" }],
      metadata: { INNTEKTSAAR: "ADSF" },
    },
  ],
  requestMessage: { en: "Please approve this consent request" },
  redirectUrl: "https://www.dnb.no",
  portalViewMode: "Show",
});

describe("the real resources in ../shared/realdata against the Resource Registry's ServiceResource schema", () => {
  it.each(REAL_RESOURCES)("%s is a valid body for POST /resource, PUT /resource/{id} and a GET answer", (name) => {
    const resource = realResource(name);
    expect(assertMatchesOperation(registry, CREATE, resource, "request")).toMatchObject({
      checked: true,
      problems: [],
    });
    const path = `/resourceregistry/api/v1/resource/${resource.identifier}`;
    expect(assertMatchesOperation(registry, { method: "PUT", path }, resource, "request").template).toBe(
      "/resourceregistry/api/v1/resource/{id}",
    );
    expect(assertMatchesOperation(registry, { method: "GET", path, status: 200 }, resource, "response").checked).toBe(
      true,
    );
  });

  it("refuses a resource broken in one place, naming the field", () => {
    const stami = realResource("resource.stami-samtykke-must.json");
    const { title: _title, ...withoutTitle } = stami;
    expect(problemsOf(withoutTitle).join("\n")).toMatch(/must have required property 'title'/);
    // The document's enums are numbers; Altinn writes names (allow-list), so a number is wrong either way.
    expect(problemsOf({ ...stami, resourceType: 128 }).join("\n")).toMatch(/\/resourceType must be string/);
    expect(problemsOf({ ...stami, resourceType: "consent" }).join("\n")).toMatch(
      /\/resourceType must be equal to one of the allowed values/,
    );
    expect(problemsOf({ ...stami, accessListMode: 1 }).join("\n")).toMatch(/\/accessListMode must be string/);
    expect(problemsOf({ ...stami, consentMetaData: {} }).join("\n")).toMatch(
      /must NOT have additional properties \{"additionalProperty":"consentMetaData"\}/,
    );
    expect(problemsOf({ ...stami, consentMetadata: { virksomhet: { optional: "no" } } }).join("\n")).toMatch(
      /\/consentMetadata\/virksomhet\/optional must be boolean/,
    );
    expect(problemsOf({ ...stami, availableForType: ["Person"] }).join("\n")).toMatch(
      /\/availableForType\/0 must be equal to one of the allowed values/,
    );
    expect(problemsOf({ ...stami, title: { nb: 1 } }).join("\n")).toMatch(/\/title\/nb must be string/);
    expect(
      problemsOf({
        ...stami,
        resourceReferences: [{ referenceSource: "Default", reference: "x", referenceType: "Scope" }],
      }).join("\n"),
    ).toMatch(/\/resourceReferences\/0\/referenceType must be equal to one of the allowed values/);
    expect(() => assertMatchesOperation(registry, CREATE, withoutTitle, "request")).toThrow(
      /Does not match Altinn's OpenAPI document/,
    );
  });
});

describe("the consent document's ConsentRequestDto", () => {
  const post = { method: "POST", path: CONSENT_REQUESTS };
  const problems = (body: unknown) => validateOperation(consent, post, body, "request").problems.join("\n");

  it("accepts a request as Altinn's own tests send it, with and without the optional fields", () => {
    expect(problems(consentRequest())).toBe("");
    const { requestMessage: _m, portalViewMode: _p, ...minimal } = consentRequest();
    expect(problems(minimal)).toBe("");
    expect(
      problems({
        ...consentRequest(),
        requiredDelegator: "urn:altinn:person:identifier-no:01025161013",
        portalViewMode: null,
      }),
    ).toBe("");
  });

  it("refuses bodies broken in one place, naming the field", () => {
    expect(problems({ ...consentRequest(), id: "not-a-uuid" })).toMatch(/\/id must match format "uuid"/);
    expect(problems({ ...consentRequest(), validTo: "2030-01-01" })).toMatch(/\/validTo must match format "date-time"/);
    expect(problems({ ...consentRequest(), portalViewMode: "Visible" })).toMatch(
      /\/portalViewMode must be equal to one of the allowed values/,
    );
    const { redirectUrl: _r, ...noRedirect } = consentRequest();
    expect(problems(noRedirect)).toMatch(/must have required property 'redirectUrl'/);
    const right = consentRequest().consentRights[0]!;
    expect(problems({ ...consentRequest(), consentRights: [{ ...right, metadata: { inntektsaar: 2024 } }] })).toMatch(
      /\/consentRights\/0\/metadata\/inntektsaar must be string/,
    );
    // Request schemas are closed (see openapi-contract.ts): Altinn would silently drop a misspelt field.
    const { metadata, ...rightWithoutMetadata } = right;
    expect(problems({ ...consentRequest(), consentRights: [{ ...rightWithoutMetadata, metaData: metadata }] })).toMatch(
      /\/consentRights\/0 must NOT have additional properties \{"additionalProperty":"metaData"\}/,
    );
  });
});

describe("operations, statuses and the allow-list", () => {
  it("resolves templated paths behind an environment prefix, a literal segment before a template", () => {
    expect(
      matchPath(registry, "http://localhost:4000/test/platform/resourceregistry/api/v1/resource/skd-x?versionId=2"),
    ).toBe("/resourceregistry/api/v1/resource/{id}");
    expect(matchPath(registry, "/prod/platform/resourceregistry/api/v1/resource/resourcelist")).toBe(
      "/resourceregistry/api/v1/resource/resourcelist",
    );
    expect(
      matchPath(registry, "/test/platform/resourceregistry/api/v1/access-lists/skd/banker/resource-connections/skd-x"),
    ).toBe("/resourceregistry/api/v1/access-lists/{owner}/{identifier}/resource-connections/{resourceIdentifier}");
    expect(matchPath(consent, `/test/platform${CONSENT_REQUESTS}/events`)).toBe(`${CONSENT_REQUESTS}/events`);
    expect(matchPath(consent, `/test/platform${CONSENT_REQUESTS}/e2071c55-6adf-487b-af05-9198a230ed44`)).toBe(
      `${CONSENT_REQUESTS}/{consentRequestId}`,
    );
    expect(matchPath(registry, "/resourceregistry/api/v1/nothing-here")).toBeNull();
  });

  it("fails a status the document does not list, unless the allow-list names it", () => {
    const get = { method: "GET", path: "/resourceregistry/api/v1/resource/x" };
    expect(validateOperation(registry, { ...get, status: 201 }, {}, "response")).toMatchObject({
      undocumentedStatus: true,
    });
    // Consent POST 201 is checked with the schema of 200: a body without the required fields fails.
    const created = validateOperation(
      consent,
      { method: "POST", path: CONSENT_REQUESTS, status: 201 },
      { id: consentRequest().id },
      "response",
    );
    expect(created.problems.join("\n")).toMatch(/must have required property 'consentRequestEvents'/);
    // Registry POST /resource 201 has no body in Altinn's code.
    expect(validateOperation(registry, { ...CREATE, status: 201 }, undefined, "response")).toMatchObject({
      checked: true,
      problems: [],
    });
    expect(
      validateOperation(registry, { ...CREATE, status: 201 }, { identifier: "x" }, "response").problems.join("\n"),
    ).toMatch(/no body/);
  });

  it("checks answers too: statuses spelt as the document spells them, closed event and page objects", () => {
    const byId = { method: "GET", path: `${CONSENT_REQUESTS}/${consentRequest().id}`, status: 200 };
    const details = {
      ...consentRequest(),
      status: "Accepted",
      consented: "2030-01-01T10:00:00+00:00",
      consentRequestEvents: [
        {
          consentEventID: "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
          created: "2030-01-01T10:00:00+00:00",
          performedBy: consentRequest().from,
          eventType: "Accepted",
          consentRequestID: consentRequest().id,
        },
      ],
      viewUri:
        "https://am.ui.tt02.altinn.no/accessmanagement/ui/consent/request?id=e2071c55-6adf-487b-af05-9198a230ed44",
    };
    expect(validateOperation(consent, byId, details, "response").problems).toEqual([]);
    // The allow-list adds Expired (ConsentRequestStatusType.cs); a lower-case status is still wrong.
    expect(validateOperation(consent, byId, { ...details, status: "Expired" }, "response").problems).toEqual([]);
    expect(
      validateOperation(consent, byId, { ...details, status: "accepted" }, "response").problems.join("\n"),
    ).toMatch(/\/status must be equal to one of the allowed values/);

    const events = { method: "GET", path: `${CONSENT_REQUESTS}/events`, status: 200 };
    const change = {
      consentRequestId: consentRequest().id,
      eventType: "Accepted",
      changedDate: "2030-01-01T10:00:00+00:00",
    };
    expect(validateOperation(consent, events, { data: [change], links: { next: null } }, "response").problems).toEqual(
      [],
    );
    expect(
      validateOperation(
        consent,
        events,
        { data: [{ ...change, performedBy: "x" }], links: {} },
        "response",
      ).problems.join("\n"),
    ).toMatch(/\/data\/0 must NOT have additional properties \{"additionalProperty":"performedBy"\}/);

    const members = { method: "GET", path: "/resourceregistry/api/v1/access-lists/skd/banker/members", status: 200 };
    const member = {
      id: "urn:altinn:party:uuid:049d6f78-f087-41c3-a4ec-c98f5451e387",
      since: "2030-01-01T10:00:00+00:00",
      identifiers: { "urn:altinn:organization:identifier-no": "313876144" },
    };
    expect(validateOperation(registry, members, { data: [member], links: {} }, "response").problems).toEqual([]);
    expect(
      validateOperation(
        registry,
        members,
        { data: [{ ...member, id: "313876144" }], links: {} },
        "response",
      ).problems.join("\n"),
    ).toMatch(/\/data\/0\/id must match pattern/);

    // The policy upload is multipart with the one field `policyFile`.
    const policy = {
      method: "PUT",
      path: "/resourceregistry/api/v1/resource/skd-x/policy",
      contentType: "multipart/form-data",
    };
    expect(validateOperation(registry, policy, { policyFile: "<xacml:Policy/>" }, "request").problems).toEqual([]);
    expect(validateOperation(registry, policy, { file: "<xacml:Policy/>" }, "request").problems.join("\n")).toMatch(
      /additionalProperty":"file"/,
    );
  });

  it.each(STATUS_DEVIATIONS.map((d) => [`${d.method} ${d.path} -> ${d.status}`, d] as const))(
    "allow-list entry %s names a real operation whose document still lacks that status",
    (_, deviation) => {
      const document = deviation.document === "consent" ? consent : registry;
      const paths = document.document.paths as Record<string, Record<string, { responses: Record<string, unknown> }>>;
      const operation = paths[deviation.path]?.[deviation.method.toLowerCase()];
      expect(operation, "the operation must exist in the document").toBeDefined();
      // When Altinn documents the status, the entry must go.
      expect(Object.keys(operation!.responses)).not.toContain(String(deviation.status));
      if (deviation.validateAs !== undefined)
        expect(Object.keys(operation!.responses)).toContain(String(deviation.validateAs));
    },
  );
});
