// Both pagination styles against scripted calls.
import { describe, expect, it } from "vitest";
import { paginateByPage, paginateByToken } from "../../../generator/runtime/paginate.ts";

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

describe("paginateByToken", () => {
  const pagination = { inputToken: "NextToken", outputToken: "NextToken" };
  it("starts from the input's token, passes the options, does not mutate the input", async () => {
    const calls: unknown[] = [];
    const input = { Filter: "x", NextToken: "start" };
    const tokens: Record<string, string | undefined> = { start: "t1", t1: undefined };
    const pages = await collect(
      paginateByToken(async (i: any, o) => (calls.push([i, o]), { NextToken: tokens[i.NextToken] }), input, pagination, { signal: undefined }),
    );
    expect(pages).toHaveLength(2);
    expect(calls).toEqual([
      [{ Filter: "x", NextToken: "start" }, { signal: undefined }],
      [{ Filter: "x", NextToken: "t1" }, { signal: undefined }],
    ]);
    expect(input).toEqual({ Filter: "x", NextToken: "start" });
  });
  it("an empty-string token ends the iteration", async () => {
    expect(await collect(paginateByToken(async () => ({ NextToken: "" }), {}, pagination))).toHaveLength(1);
  });
});

describe("paginateByPage", () => {
  const pagination = { pageNumber: "PageNumber", pageSize: "PageSize", totalCount: "TotalCount", items: "Items" };
  const service = (total: number, size: number) => async (i: any) => {
    const start = (i.PageNumber - 1) * size;
    return { PageNumber: i.PageNumber, PageSize: size, TotalCount: total, Items: Array.from({ length: Math.max(0, Math.min(size, total - start)) }, (_, k) => start + k) };
  };
  it.each([
    [5, 2, [1, 2, 3]],
    [4, 2, [1, 2]],
    [0, 10, [1]],
    [10, 10, [1]],
  ])("%i items in pages of %i: pages %j", async (total, size, want) => {
    const pages = await collect(paginateByPage(service(total, size), {}, pagination));
    expect(pages.map((p: any) => p.PageNumber)).toEqual(want);
    expect(pages.flatMap((p: any) => p.Items)).toEqual(Array.from({ length: total }, (_, k) => k));
  });
  it("starts at the input's page number", async () => {
    const pages = await collect(paginateByPage(service(5, 2), { PageNumber: 2 }, pagination));
    expect(pages.map((p: any) => p.PageNumber)).toEqual([2, 3]);
  });
  it("stops on a short page even when TotalCount claims more (the documented sample says 10 and returns 1)", async () => {
    const pages = await collect(paginateByPage(async () => ({ PageSize: 10, TotalCount: 10, Items: [1] }), {}, pagination));
    expect(pages).toHaveLength(1);
  });
});
