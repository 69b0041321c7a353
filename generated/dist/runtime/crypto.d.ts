/** SHA-256 of `data` (a string as its UTF-8 bytes), or its HMAC-SHA256 under `key`, by WebCrypto. */
export declare function webSha256(
  data: Uint8Array | string,
  key?: Uint8Array | string,
): Promise<Uint8Array>;
/** SHA-256 of `data` (a string as its UTF-8 bytes), or its HMAC-SHA256 under `key`, by the platform. */
export declare function sha256Async(
  data: Uint8Array | string,
  key?: Uint8Array | string,
): Promise<Uint8Array>;
/** The same as lower-case hex. */
export declare function sha256Async(
  data: Uint8Array | string,
  key: Uint8Array | string | undefined,
  encoding: "hex",
): Promise<string>;
/**
 * A key that signs many messages (`sha256Async`'s `key`): where Node's crypto module is used, a KeyObject,
 * which spares each HMAC a copy of the key; elsewhere the bytes themselves.
 */
export declare function platformKey(key: Uint8Array): Uint8Array;
/** UTF-8 bytes of a string. */
export declare function utf8(text: string): Uint8Array;
/** The UTF-8 length of a string, without encoding it when it is ASCII. */
export declare function utf8Length(text: string): number;
/** Lower-case hexadecimal, as both SigV4 and ACS3 write digests. */
export declare function hex(bytes: Uint8Array): string;
/** Standard, padded base64 (RFC 4648 §4). */
export declare function base64(bytes: Uint8Array): string;
/** A Merkle–Damgård hash: its initial state, its compression function and its digest length. */
export interface HashFunction {
  iv: Int32Array;
  compress(state: Int32Array, block: Uint8Array, offset: number): void;
  size: number;
}
export declare function sha256(data: Uint8Array | string): Uint8Array;
export declare function sha1(data: Uint8Array | string): Uint8Array;
/** Lower-case hex SHA-256 of bytes, or of a string's UTF-8 bytes. */
export declare function sha256Hex(data: Uint8Array | string): string;
/**
 * A key prepared for HMAC: the hash states after the inner and outer padded key blocks, so every
 * message signed with it costs only the message's own blocks plus one outer block. It carries its
 * hash function, so a bundle that only signs with SHA-256 leaves SHA-1 out.
 */
export interface HmacKey {
  readonly hash: HashFunction;
  readonly inner: Int32Array;
  readonly outer: Int32Array;
}
export declare function hmacSha256Key(key: Uint8Array | string): HmacKey;
export declare function hmacSha1Key(key: Uint8Array | string): HmacKey;
/** HMAC of a message (a string is signed as its UTF-8 bytes). */
export declare function hmac(key: HmacKey, message: Uint8Array | string): Uint8Array;
/** Lower-case hex HMAC of a message. */
export declare function hmacHex(key: HmacKey, message: Uint8Array | string): string;
/** HMAC-SHA256 with a one-off key. */
export declare function hmacSha256(
  key: Uint8Array | string,
  message: Uint8Array | string,
): Uint8Array;
/** `bytes` random bytes as hex, from the platform's cryptographic generator. */
export declare function randomHex(bytes: number): string;
