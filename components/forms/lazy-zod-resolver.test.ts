import type { ResolverOptions } from "react-hook-form";
import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { lazyZodResolver } from "./lazy-zod-resolver";

const ZName = z.object({ name: z.string().trim().min(1, { message: "required" }) });
const OPTIONS = { fields: {}, shouldUseNativeValidation: false } as ResolverOptions<z.input<typeof ZName>>;

describe("lazyZodResolver", () => {
  it("loads the schema at the first check only, then checks and transforms as zodResolver does", async () => {
    const load = vi.fn(async () => ZName);
    const resolve = lazyZodResolver(load);
    expect(load).not.toHaveBeenCalled();

    const refused = await resolve({ name: " " }, undefined, OPTIONS);
    expect(refused.errors).toMatchObject({ name: { message: "required" } });
    const accepted = await resolve({ name: " Ada " }, undefined, OPTIONS);
    expect(accepted).toEqual({ values: { name: "Ada" }, errors: {} });
    expect(load).toHaveBeenCalledTimes(1);
  });

  it("takes a schema itself too", async () => {
    expect(await lazyZodResolver(ZName)({ name: "Ada" }, undefined, OPTIONS)).toEqual({
      values: { name: "Ada" },
      errors: {},
    });
  });

  it("tries the load again at the next check after it failed", async () => {
    const load = vi.fn<() => Promise<typeof ZName>>().mockRejectedValueOnce(new Error("offline"));
    load.mockResolvedValue(ZName);
    const resolve = lazyZodResolver(load);
    await expect(resolve({ name: "Ada" }, undefined, OPTIONS)).rejects.toThrow("offline");
    expect(await resolve({ name: "Ada" }, undefined, OPTIONS)).toEqual({ values: { name: "Ada" }, errors: {} });
    expect(load).toHaveBeenCalledTimes(2);
  });
});
