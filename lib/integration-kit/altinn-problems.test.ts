import { describe, expect, it } from "vitest";
import { fieldOfPath, placeProblems } from "./altinn-problems";

// Altinn's problems beside the builder's fields: metadata by key, parties by URN, validation errors by path.

const request = {
  from: "urn:altinn:person:identifier-no:21818297804",
  requiredDelegator: "urn:altinn:organization:identifier-no:974761076",
};
const declaredKeys = ["InntektsAar", "formaal"];
const place = (problem: Parameters<typeof placeProblems>[0][number]) =>
  placeProblems([problem], { request, declaredKeys })[0]!.field;

describe("placeProblems", () => {
  it("puts AM-00006/7/8 beside the metadata field, with the key as the resource declares it", () => {
    expect(place({ code: "AM-00008", key: "inntektsaar" })).toBe("metadata.InntektsAar");
    expect(place({ code: "AM-00007", key: "formaal" })).toBe("metadata.formaal");
    expect(place({ code: "AM-00006", key: "ukjent" })).toBe("metadata.ukjent");
    expect(place({ code: "AM-00008" })).toBeNull();
  });

  it("puts AM-00003/4 beside the party they name, and AM-00005/9 beside the resource", () => {
    expect(place({ code: "AM-00004", extensions: { fnumber: request.from } })).toBe("party");
    expect(place({ code: "AM-00003", extensions: { orgnr: request.requiredDelegator } })).toBe("requiredDelegator");
    expect(
      place({ code: "AM-00003", extensions: { orgnr: "urn:altinn:organization:identifier-no:313876144" } }),
    ).toBeNull();
    expect(place({ code: "AM-00005" })).toBe("resourceIdentifier");
    expect(place({ code: "AM-00009" })).toBe("resourceIdentifier");
  });

  it("puts validation errors where their path points, and the rest in the list", () => {
    expect(place({ code: "AM.VLD-00027", paths: ["RedirectUrl"] })).toBe("redirectUrl");
    expect(place({ code: "AM.VLD-00022", paths: ["ValidTo"] })).toBe("validTo");
    expect(place({ code: "STD.VLD-00001", paths: ["/consentRight/0/action"] })).toBeNull();
    expect(place({ code: "AM-00016", extensions: { requestId: "x" } })).toBeNull();
  });
});

describe("fieldOfPath", () => {
  it.each([
    ["RedirectUrl", "redirectUrl"],
    ["/validTo", "validTo"],
    ["$.requiredDelegator", "requiredDelegator"],
    ["$.consentRights[0].metadata.inntektsaar", "metadata.InntektsAar"],
    ["/consentRight/0/resource", "resourceIdentifier"],
    ["$QUERY/createdAfter", null],
  ])("%s → %s", (path, field) => {
    expect(fieldOfPath(path, declaredKeys)).toBe(field);
  });
});
