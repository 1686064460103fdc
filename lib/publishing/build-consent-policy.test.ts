import { describe, expect, it } from "vitest";
import { buildConsentPolicy } from "./build-consent-policy";

// Reads a rule's matches back the way a XACML engine pairs them: each <Match> has one value and one designator.
function rules(xml: string) {
  return [...xml.matchAll(/<xacml:Rule RuleId="([^"]+)" Effect="(\w+)">([\s\S]*?)<\/xacml:Rule>/g)].map(([, id, effect, body]) => ({
    id,
    effect,
    matches: [...(body ?? "").matchAll(/<xacml:Match MatchId="([^"]+)"><xacml:AttributeValue[^>]*>([^<]*)<\/xacml:AttributeValue><xacml:AttributeDesignator AttributeId="([^"]+)" Category="([^"]+)"/g)].map(
      ([, matchId, value, attributeId, category]) => ({ matchId, value, attributeId, category }),
    ),
  }));
}

describe("buildConsentPolicy", () => {
  it("lets organisations request consent and dagl or priv give it, for this resource only", () => {
    const xml = buildConsentPolicy({ identifier: "skd-inntekt", orgCode: "skd", accessListMode: "Disabled" });
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?><xacml:Policy xmlns:xacml="urn:oasis:names:tc:xacml:3.0:core:schema:wd-17"/);
    const [request, consent, ...rest] = rules(xml);
    expect(rest).toEqual([]);
    expect(request?.effect).toBe("Permit");
    expect(request?.matches).toEqual([
      expect.objectContaining({ attributeId: "urn:altinn:organization:identifier-no", matchId: expect.stringContaining("regexp"), value: "^[0-9]{9}$" }),
      expect.objectContaining({ attributeId: "urn:altinn:resource", value: "skd-inntekt" }),
      expect.objectContaining({ attributeId: "urn:oasis:names:tc:xacml:1.0:action:action-id", value: "requestconsent" }),
    ]);
    expect(consent?.matches.map((m) => `${m.attributeId}=${m.value}`)).toEqual([
      "urn:altinn:rolecode=dagl",
      "urn:altinn:rolecode=priv",
      "urn:altinn:resource=skd-inntekt",
      "urn:oasis:names:tc:xacml:1.0:action:action-id=consent",
    ]);
    expect(consent?.matches[0]?.category).toBe("urn:oasis:names:tc:xacml:1.0:subject-category:access-subject");
  });

  it("with an access list, only the list's members may request consent", () => {
    const xml = buildConsentPolicy({ identifier: "skd-inntekt", orgCode: "skd", accessListMode: "Enabled" });
    const [request] = rules(xml);
    expect(request?.matches[0]).toEqual(
      expect.objectContaining({ attributeId: "urn:altinn:access-list", value: "skd:skd-inntekt-consumers", matchId: "urn:oasis:names:tc:xacml:1.0:function:string-equal" }),
    );
    expect(xml).not.toContain("identifier-no");
  });

  it("is balanced XML: every opened element is closed", () => {
    const xml = buildConsentPolicy({ identifier: "skd_a-b", orgCode: "skd", accessListMode: "Disabled" });
    const stack: string[] = [];
    for (const [, closing, name, selfClosing] of xml.replace(/<\?xml[^>]*\?>/, "").matchAll(/<(\/?)([\w:]+)[^>]*?(\/?)>/g)) {
      if (selfClosing) continue;
      if (closing) expect(stack.pop()).toBe(name);
      else stack.push(name ?? "");
    }
    expect(stack).toEqual([]);
  });
});
