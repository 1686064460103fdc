import { describe, expect, it } from "vitest";
import { type AltinnProblem, type MemberPage, ORG_URN, stamiAccessListsPerFile } from "../test-support/access-list-api";
import { orgUrn, validOrgNumbers } from "../test-support/org-numbers";

const { listUrl, call, createList } = stamiAccessListsPerFile();

describe("access lists", () => {
  it("adds 100 members in one call, refuses 101 and unknown parties, and answers with party identifiers", async () => {
    await createList("hundred");
    const numbers = validOrgNumbers(101);
    const ok = await call("POST", listUrl("hundred", "/members"), { data: numbers.slice(0, 100).map(orgUrn) });
    expect(ok.status).toBe(200);
    const page = (await ok.json()) as MemberPage;
    expect(page.data).toHaveLength(100);
    expect(page.links).toEqual({});
    const first = page.data.find((member) => member.identifiers[ORG_URN] === numbers[0]);
    expect(first).toEqual({
      id: expect.stringMatching(/^urn:altinn:party:uuid:[0-9a-f-]{36}$/),
      since: expect.any(String),
      identifiers: {
        "urn:altinn:party:uuid": first?.id.slice("urn:altinn:party:uuid:".length),
        "urn:altinn:party:id": expect.any(Number),
        [ORG_URN]: numbers[0],
      },
    });

    const tooMany = await call("POST", listUrl("hundred", "/members"), { data: numbers.map(orgUrn) });
    expect(tooMany.status).toBe(400);
    expect(await tooMany.json()).toMatchObject({
      code: "STD-00000",
      validationErrors: [
        { code: "RR.VLD-00001", title: "Cannot add or remove more than 100 members at a time.", paths: ["/data"] },
      ],
    });
    const replaceTooMany = await call("PUT", listUrl("hundred", "/members"), { data: numbers.map(orgUrn) });
    expect(((await replaceTooMany.json()) as AltinnProblem).validationErrors?.[0]?.code).toBe("RR.VLD-00000");

    // Nine digits that fail mod 11 parse as a URN but name no party: RR-00001, and nothing is added.
    const unknown = await call("POST", listUrl("hundred", "/members"), {
      data: [orgUrn(numbers[100] ?? ""), orgUrn("123456789")],
    });
    expect(unknown.status).toBe(400);
    expect(await unknown.json()).toMatchObject({ code: "RR-00001", type: "urn:altinn:error:RR-00001" });
    const malformed = await call("POST", listUrl("hundred", "/members"), { data: [orgUrn("991825827"), "991825827"] });
    expect(malformed.status).toBe(400);
    expect(Object.keys(((await malformed.json()) as { errors: object }).errors)).toEqual(["$.data[1]"]);
    const count = (await (await call("GET", listUrl("hundred", "/members"))).json()) as MemberPage;
    expect(count.data).toHaveLength(100);
  });

  it("treats add and remove as idempotent set operations and PUT as replace", async () => {
    await createList("sets");
    const add = () => call("POST", listUrl("sets", "/members"), { data: [orgUrn("991825827"), orgUrn("974761076")] });
    const etag = (await add()).headers.get("etag");
    const again = await add();
    expect(again.headers.get("etag")).toBe(etag);
    expect(((await again.json()) as MemberPage).data).toHaveLength(2);
    const removed = await call("DELETE", listUrl("sets", "/members"), {
      data: [orgUrn("974761076"), orgUrn("889640782")],
    });
    expect(((await removed.json()) as MemberPage).data.map((member) => member.identifiers[ORG_URN])).toEqual([
      "991825827",
    ]);
    const replaced = await call("PUT", listUrl("sets", "/members"), { data: [orgUrn("889640782")] });
    expect(((await replaced.json()) as MemberPage).data.map((member) => member.identifiers[ORG_URN])).toEqual([
      "889640782",
    ]);
  });

  it("pages 250 members by 100 with continuation tokens that pin the list version", async () => {
    await createList("paged");
    const numbers = validOrgNumbers(250, 80000000);
    for (let start = 0; start < numbers.length; start += 100) {
      expect(
        (await call("POST", listUrl("paged", "/members"), { data: numbers.slice(start, start + 100).map(orgUrn) }))
          .status,
      ).toBe(200);
    }
    const seen: string[] = [];
    const sizes: number[] = [];
    let next: string | undefined = listUrl("paged", "/members");
    while (next) {
      const response = await call("GET", next);
      expect(response.status).toBe(200);
      const page = (await response.json()) as MemberPage;
      sizes.push(page.data.length);
      seen.push(...page.data.map((member) => String(member.identifiers[ORG_URN])));
      next = page.links.next;
    }
    expect(sizes).toEqual([100, 100, 50]);
    expect(seen.sort()).toEqual([...numbers].sort());
    expect((await call("GET", listUrl("paged", "/members?token=garbage"))).status).toBe(400);

    const firstPage = (await (await call("GET", listUrl("paged", "/members"))).json()) as MemberPage;
    await call("DELETE", listUrl("paged", "/members"), { data: [orgUrn(numbers[0] ?? "")] });
    expect((await call("GET", firstPage.links.next ?? "")).status).toBe(412);
  });

  it("stays fast with 50,000 members added in 500 calls", { timeout: 60_000 }, async () => {
    await createList("large");
    const numbers = validOrgNumbers(50_000, 70000000);
    const started = Date.now();
    for (let start = 0; start < numbers.length; start += 100) {
      const response = await call("POST", listUrl("large", "/members"), {
        data: numbers.slice(start, start + 100).map(orgUrn),
      });
      expect(response.status).toBe(200);
    }
    const elapsed = Date.now() - started;
    const last = (await (await call("GET", listUrl("large", "/members"))).json()) as MemberPage;
    expect(last.data).toHaveLength(100);
    expect(elapsed).toBeLessThan(20_000);
  });
});
