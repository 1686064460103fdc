import { describe, expect, it } from "vitest";
import { validDefinition } from "@/lib/consent-resources/test-fixtures";
import { buildConsentPolicy } from "@/lib/publishing/build-consent-policy";
import { decodeConsentPolicy } from "./decode-consent-policy";
import { withApprovers } from "./read-upstream-resources";

// An adopted resource keeps who may approve as its published policy says, so republishing it changes nothing.
const decoded = (approvers?: { roles: string[]; accessPackages: string[] }) =>
  decodeConsentPolicy(
    buildConsentPolicy({
      identifier: "skd-approvers",
      orgCode: "skd",
      accessListMode: "Disabled",
      accessListIdentifiers: [],
      approvers,
    }),
    { identifier: "skd-approvers", orgCode: "skd" },
  );

describe("withApprovers", () => {
  it("takes the policy's roles and access packages into the adopted definition", () => {
    const policy = decoded({ roles: ["dagl"], accessPackages: ["regnskapsforer-lonn"] });
    expect(withApprovers(validDefinition, policy)).toMatchObject({
      approverRoles: ["dagl"],
      approverAccessPackages: ["regnskapsforer-lonn"],
    });
  });

  it("leaves Altinn's default roles implicit, and a definition alone when there is no policy", () => {
    expect(withApprovers(validDefinition, decoded())).toBe(validDefinition);
    expect(withApprovers(validDefinition, null)).toBe(validDefinition);
  });
});
