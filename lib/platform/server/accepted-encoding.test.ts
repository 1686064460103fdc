import { describe, expect, it } from "vitest";
import { acceptedEncoding } from "./accepted-encoding";

describe("acceptedEncoding", () => {
  it("prefers brotli, then gzip, by the client's weights", () => {
    expect(acceptedEncoding("gzip, deflate, br, zstd")).toBe("br");
    expect(acceptedEncoding("gzip, deflate")).toBe("gzip");
    expect(acceptedEncoding("br;q=0.5, gzip")).toBe("gzip");
    expect(acceptedEncoding("br;q=0.8, gzip;q=0.8")).toBe("br");
    expect(acceptedEncoding("GZIP;Q=1.0")).toBe("gzip");
  });

  it("takes q=0 as a refusal and * for every coding not named", () => {
    expect(acceptedEncoding("br;q=0, gzip")).toBe("gzip");
    expect(acceptedEncoding("*")).toBe("br");
    expect(acceptedEncoding("*;q=0.5, br;q=0")).toBe("gzip");
    expect(acceptedEncoding("gzip;q=0, br;q=0")).toBeUndefined();
  });

  it("answers identity when nothing compressed is asked for, or identity weighs more", () => {
    expect(acceptedEncoding(undefined)).toBeUndefined();
    expect(acceptedEncoding("")).toBeUndefined();
    expect(acceptedEncoding("identity")).toBeUndefined();
    expect(acceptedEncoding("deflate, zstd")).toBeUndefined();
    expect(acceptedEncoding("gzip;q=0.5, identity")).toBeUndefined();
  });
});
