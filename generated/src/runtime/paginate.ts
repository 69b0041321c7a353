// Paginators: async iterators over the pages of a list operation, in either style the specs use.
import type { CallOptions } from "./client.js";

export interface TokenPagination {
  inputToken: string;
  outputToken: string;
}

export interface PagePagination {
  pageNumber: string;
  pageSize: string;
  totalCount: string;
  items: string;
}

type Call<I, O> = (input: I, options?: CallOptions) => Promise<O>;

function withMember<I>(input: I, name: string, value: unknown): I {
  const copy = { ...(input as Record<string, unknown>) };
  if (value === undefined || value === null || value === "") delete copy[name];
  else copy[name] = value;
  return copy as I;
}

function member(value: unknown, name: string): unknown {
  return value && typeof value === "object" && Object.prototype.hasOwnProperty.call(value, name)
    ? (value as Record<string, unknown>)[name]
    : undefined;
}

/** Pages until the service stops returning a next token (or returns the same one again). */
export async function* paginateByToken<I, O>(
  call: Call<I, O>,
  input: I,
  pagination: TokenPagination,
  options?: CallOptions,
): AsyncGenerator<O, void, undefined> {
  let token = member(input, pagination.inputToken);
  for (;;) {
    const page = await call(withMember(input, pagination.inputToken, token), options);
    yield page;
    const next = member(page, pagination.outputToken);
    if (next === undefined || next === null || next === "" || next === token) return;
    token = next;
  }
}

/** Pages by number from the input's page (default 1) until the total count is covered or a page comes back empty. */
export async function* paginateByPage<I, O>(
  call: Call<I, O>,
  input: I,
  pagination: PagePagination,
  options?: CallOptions,
): AsyncGenerator<O, void, undefined> {
  const first = member(input, pagination.pageNumber);
  let number = typeof first === "number" && first >= 1 ? first : 1;
  for (;;) {
    const page = await call(withMember(input, pagination.pageNumber, number), options);
    yield page;
    const items = member(page, pagination.items);
    const count = Array.isArray(items) ? items.length : 0;
    const total = member(page, pagination.totalCount);
    const sizeAnswered = member(page, pagination.pageSize);
    const sizeAsked = member(input, pagination.pageSize);
    const size =
      typeof sizeAnswered === "number" && sizeAnswered > 0
        ? sizeAnswered
        : typeof sizeAsked === "number"
          ? sizeAsked
          : count;
    if (count === 0 || count < size) return;
    if (typeof total === "number" && number * size >= total) return;
    number++;
  }
}
