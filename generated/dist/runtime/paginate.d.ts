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
/** Pages until the service stops returning a next token (or returns the same one again). */
export declare function paginateByToken<I, O>(
  call: Call<I, O>,
  input: I,
  pagination: TokenPagination,
  options?: CallOptions,
): AsyncGenerator<O, void, undefined>;
/** Pages by number from the input's page (default 1) until the total count is covered or a page comes back empty. */
export declare function paginateByPage<I, O>(
  call: Call<I, O>,
  input: I,
  pagination: PagePagination,
  options?: CallOptions,
): AsyncGenerator<O, void, undefined>;
export {};
