import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildConsentPolicy } from "@/lib/publishing/build-consent-policy";
import { REALDATA_DIR, readRealText } from "@/test/openapi/realdata";
import { decodeConsentPolicy } from "./decode-consent-policy";

describe("decodeConsentPolicy", () => {
  it("reads the portal's own policies back into the settings they were built from", () => {
    const open = buildConsentPolicy({
      identifier: "skd-open",
      orgCode: "skd",
      accessListMode: "Disabled",
      accessListIdentifiers: [],
    });
    expect(decodeConsentPolicy(open, { identifier: "skd-open", orgCode: "skd" })).toEqual({
      requesters: { accessListMode: "Disabled" },
      approvers: ["urn:altinn:rolecode=dagl", "urn:altinn:rolecode=priv"],
      authenticationLevels: { authenticationLevel1: "3", authenticationLevel2: "3" },
      reasons: [],
    });
    const lists = ["banks", "insurers"];
    const restricted = buildConsentPolicy({
      identifier: "skd-lists",
      orgCode: "skd",
      accessListMode: "Enabled",
      accessListIdentifiers: lists,
    });
    const decoded = decodeConsentPolicy(restricted, { identifier: "skd-lists", orgCode: "skd" });
    expect(decoded?.requesters).toEqual({ accessListMode: "Enabled", accessLists: lists });
    expect(decoded?.reasons).toEqual([]);
  });

  it("names what the portal cannot say: another owner's list, another resource, other levels", () => {
    const xml = buildConsentPolicy({
      identifier: "skd-lists",
      orgCode: "skd",
      accessListMode: "Enabled",
      accessListIdentifiers: ["banks"],
    });
    expect(decodeConsentPolicy(xml, { identifier: "skd-lists", orgCode: "nav" })?.reasons).toEqual(["requestersOther"]);
    expect(decodeConsentPolicy(xml, { identifier: "other", orgCode: "skd" })?.reasons).toEqual(["resourceOther"]);
    const level2 = xml.replace(/>3</g, ">2<");
    expect(decodeConsentPolicy(level2, { identifier: "skd-lists", orgCode: "skd" })?.reasons).toEqual([
      "authenticationLevelOther",
    ]);
    expect(decodeConsentPolicy("<not-a-policy/>", { identifier: "x", orgCode: "skd" })).toBeNull();
    expect(decodeConsentPolicy("<<<", { identifier: "x", orgCode: "skd" })).toBeNull();
  });

  // Every real policy in ../shared/realdata, read at run time: decoded, or its differences named (then shown raw).
  const real = readdirSync(REALDATA_DIR).filter((name) => /^policy\..*\.xml$/.test(name));
  it.each(real)("reads the real %s", (file) => {
    const identifier = file.replace(/^policy\.|\.xml$/g, "");
    const decoded = decodeConsentPolicy(readRealText(file), { identifier, orgCode: "ttd" });
    expect(decoded).not.toBeNull();
    if (identifier === "samtykkeressurs-med-tilgangsliste") {
      expect(decoded).toMatchObject({
        requesters: { accessListMode: "Enabled", accessLists: ["martins-restriktive-liste"] },
        reasons: [],
      });
    }
    if (identifier === "ske-samtykke-sbl-summert-skattegrunnlag") {
      // Every organisation may request; approvers are roles and access packages, both of which the portal offers.
      expect(decoded?.requesters).toEqual({ accessListMode: "Disabled" });
      expect(decoded?.approvers).toContain("urn:altinn:accesspackage=regnskapsforer-lonn");
      expect(decoded?.reasons).toEqual([]);
    }
  });
});
