interface Ordered {
  createdAt: number;
  seq: number;
}
export type TokenPage<T> =
  | {
      items: T[];
      nextToken?: string;
    }
  | {
      invalidToken: true;
    };
/** One page of `items` (already newest first) after the cursor in `token`. */
export declare function tokenPage<T extends Ordered>(
  items: readonly T[],
  pageSize: number,
  token: string | undefined,
): TokenPage<T>;
/** Page `pageNumber` (from 1) of `pageSize` items; past the end it is empty, as the services answer. */
export declare function numberedPage<T>(
  items: readonly T[],
  pageNumber: number,
  pageSize: number,
): T[];
export {};
