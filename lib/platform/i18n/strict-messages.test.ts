import { createTranslator } from "next-intl";
import { describe, expect, it, vi } from "vitest";
import { strictMessageHandlers } from "./strict-messages";

const messages = { greeting: { hello: "Hei, {name}" } };

describe("strictMessageHandlers", () => {
  it("marks and logs a missing message when E2E_STRICT_MESSAGES is 1", () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const t = createTranslator({
      locale: "nb",
      messages,
      namespace: "greeting",
      ...strictMessageHandlers({ E2E_STRICT_MESSAGES: "1" }),
    });
    expect(t("hello", { name: "Nina" })).toBe("Hei, Nina");
    expect(t("goodbye" as never)).toBe("⟦missing:greeting.goodbye⟧");
    expect(log).toHaveBeenCalledWith(expect.stringContaining("MISSING_MESSAGE"));
    log.mockRestore();
  });

  it("marks a message that cannot be formatted", () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const t = createTranslator({ locale: "nb", messages, ...strictMessageHandlers({ E2E_STRICT_MESSAGES: "1" }) });
    expect(t("greeting.hello" as never)).toBe("⟦FORMATTING_ERROR:greeting.hello⟧");
    log.mockRestore();
  });

  it("leaves next-intl's defaults elsewhere", () => {
    expect(strictMessageHandlers({})).toEqual({});
    expect(strictMessageHandlers({ E2E_STRICT_MESSAGES: "0" })).toEqual({});
  });
});
