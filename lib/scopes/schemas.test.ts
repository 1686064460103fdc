import { describe, expect, it } from "vitest";
import { DEFAULT_SCOPE_FIELDS, ZCreateScope, ZScopeFields, ZSubscope } from "./schemas";

const firstMessage = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues[0]?.message;

describe("ZSubscope", () => {
  it.each(["inntekt.read", "inntekt", "a1", "skatt/v1.read", "a.b/c.d", "2024.rapport"])("accepts %s", (subscope) => {
    expect(ZSubscope.safeParse(subscope)).toEqual({ success: true, data: subscope });
  });

  it("trims surrounding spaces", () => {
    expect(ZSubscope.parse("  inntekt.read ")).toBe("inntekt.read");
  });

  it.each([
    ["Inntekt.read", "subscope"],
    ["inntekt..read", "subscope"],
    [".inntekt", "subscope"],
    ["inntekt.", "subscope"],
    ["inntekt/", "subscope"],
    ["inntekt-read", "subscope"],
    ["inntekt_read", "subscope"],
    ["inn tekt", "subscope"],
    ["inntekt.lés", "subscope"],
    ["skd:inntekt.read", "subscopeWithPrefix"],
    ["", "required"],
    ["a".repeat(201), "tooLong|200"],
  ])("refuses %j with %s", (subscope, message) => {
    const result = ZSubscope.safeParse(subscope);
    expect(result.success).toBe(false);
    expect(firstMessage(result)).toBe(message);
  });
});

describe("ZScopeFields", () => {
  const fields = (overrides: Record<string, unknown>) => ({
    ...DEFAULT_SCOPE_FIELDS,
    description: "Inntekt",
    ...overrides,
  });

  it("accepts the defaults with a description, with Maskinporten's default lifetime", () => {
    expect(ZScopeFields.parse(fields({}))).toEqual({
      description: "Inntekt",
      longDescription: "",
      visibility: "PUBLIC",
      tokenLifetimeSeconds: null,
      allowedIntegrationTypes: ["maskinporten"],
    });
  });

  it.each([120, 600, 7200])("accepts a token lifetime of %d seconds", (seconds) => {
    expect(ZScopeFields.safeParse(fields({ tokenLifetimeSeconds: seconds })).success).toBe(true);
  });

  it.each([0, 119, 7201, 120.5, Number.NaN, -1])("refuses a token lifetime of %d seconds", (seconds) => {
    const result = ZScopeFields.safeParse(fields({ tokenLifetimeSeconds: seconds }));
    expect(result.success).toBe(false);
    expect(firstMessage(result)).toBe("tokenLifetime");
  });

  it("requires a description", () => {
    expect(firstMessage(ZScopeFields.safeParse(fields({ description: "   " })))).toBe("required");
  });

  it("requires maskinporten among the integration types, and knows no others than Digdir's", () => {
    expect(firstMessage(ZScopeFields.safeParse(fields({ allowedIntegrationTypes: [] })))).toBe(
      "integrationTypesMaskinporten",
    );
    expect(firstMessage(ZScopeFields.safeParse(fields({ allowedIntegrationTypes: ["krr"] })))).toBe(
      "integrationTypesMaskinporten",
    );
    expect(ZScopeFields.safeParse(fields({ allowedIntegrationTypes: ["maskinporten", "altinn"] })).success).toBe(false);
    expect(
      ZScopeFields.parse(fields({ allowedIntegrationTypes: ["maskinporten", "krr", "maskinporten"] }))
        .allowedIntegrationTypes,
    ).toEqual(["maskinporten", "krr"]);
  });

  it("refuses an unknown visibility", () => {
    expect(ZScopeFields.safeParse(fields({ visibility: "SECRET" })).success).toBe(false);
  });
});

describe("ZCreateScope", () => {
  it("has no prefix field: the organisation's prefix is the only one a scope gets", () => {
    const parsed = ZCreateScope.parse({
      ...DEFAULT_SCOPE_FIELDS,
      description: "Inntekt",
      orgNumber: "974761076",
      environment: "test",
      subscope: "inntekt.read",
      prefix: "nav",
    });
    expect(parsed).not.toHaveProperty("prefix");
  });

  it("knows only the test and prod environments", () => {
    const input = { ...DEFAULT_SCOPE_FIELDS, description: "x", orgNumber: "974761076", subscope: "a" };
    expect(ZCreateScope.safeParse({ ...input, environment: "staging" }).success).toBe(false);
    expect(ZCreateScope.safeParse({ ...input, environment: "prod" }).success).toBe(true);
  });
});
