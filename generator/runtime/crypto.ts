// SHA-256, SHA-1 and HMAC (FIPS 180-4, RFC 2104) in plain, synchronous JavaScript.
// Why not crypto.subtle: every subtle call is an asynchronous job (about 60 µs each in Node 20),
// and a SigV4 signature needs three of them; these functions take a few microseconds in total
// and run unchanged in browsers, Node and workers.

const encoder = new TextEncoder();

/** UTF-8 bytes of a string. */
export function utf8(text: string): Uint8Array {
  return encoder.encode(text);
}

const hexDigits: string[] = [];
for (let i = 0; i < 256; i++) hexDigits.push((i < 16 ? "0" : "") + i.toString(16));

/** Lower-case hexadecimal, as both SigV4 and ACS3 write digests. */
export function hex(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i++) out += hexDigits[bytes[i]];
  return out;
}

const base64Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** Standard, padded base64 (RFC 4648 §4). */
export function base64(bytes: Uint8Array): string {
  let out = "";
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
    out += base64Alphabet[n >>> 18] + base64Alphabet[(n >>> 12) & 63] + base64Alphabet[(n >>> 6) & 63] + base64Alphabet[n & 63];
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i] << 16;
    out += `${base64Alphabet[n >>> 18]}${base64Alphabet[(n >>> 12) & 63]}==`;
  } else if (rest === 2) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8);
    out += `${base64Alphabet[n >>> 18]}${base64Alphabet[(n >>> 12) & 63]}${base64Alphabet[(n >>> 6) & 63]}=`;
  }
  return out;
}

/** A Merkle–Damgård hash: its initial state, its compression function and its digest length. */
interface HashFunction {
  iv: readonly number[];
  compress(state: Int32Array, block: Uint8Array, offset: number): void;
  size: number;
}

// SHA-256 round constants: the first 32 bits of the fractional parts of the cube roots of the first 64 primes.
const K256 = new Int32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01,
  0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc,
  0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147,
  0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08,
  0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
  0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);
const W = new Int32Array(80);

const sha256Function: HashFunction = {
  iv: [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19],
  size: 32,
  compress(H, M, off) {
    for (let i = 0; i < 16; i++, off += 4) W[i] = (M[off] << 24) | (M[off + 1] << 16) | (M[off + 2] << 8) | M[off + 3];
    for (let i = 16; i < 64; i++) {
      const x = W[i - 15];
      const y = W[i - 2];
      const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
      const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
      W[i] = (W[i - 16] + s0 + W[i - 7] + s1) | 0;
    }
    let a = H[0], b = H[1], c = H[2], d = H[3], e = H[4], f = H[5], g = H[6], h = H[7];
    for (let i = 0; i < 64; i++) {
      const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
      const t1 = (h + S1 + ((e & f) ^ (~e & g)) + K256[i] + W[i]) | 0;
      const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
      const t2 = (S0 + ((a & b) ^ (a & c) ^ (b & c))) | 0;
      h = g;
      g = f;
      f = e;
      e = (d + t1) | 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) | 0;
    }
    H[0] = (H[0] + a) | 0;
    H[1] = (H[1] + b) | 0;
    H[2] = (H[2] + c) | 0;
    H[3] = (H[3] + d) | 0;
    H[4] = (H[4] + e) | 0;
    H[5] = (H[5] + f) | 0;
    H[6] = (H[6] + g) | 0;
    H[7] = (H[7] + h) | 0;
  },
};

const sha1Function: HashFunction = {
  iv: [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0],
  size: 20,
  compress(H, M, off) {
    for (let i = 0; i < 16; i++, off += 4) W[i] = (M[off] << 24) | (M[off + 1] << 16) | (M[off + 2] << 8) | M[off + 3];
    for (let i = 16; i < 80; i++) {
      const x = W[i - 3] ^ W[i - 8] ^ W[i - 14] ^ W[i - 16];
      W[i] = (x << 1) | (x >>> 31);
    }
    let a = H[0], b = H[1], c = H[2], d = H[3], e = H[4];
    for (let i = 0; i < 80; i++) {
      const f =
        i < 20 ? ((b & c) | (~b & d)) + 0x5a827999 : i < 40 ? (b ^ c ^ d) + 0x6ed9eba1 : i < 60 ? ((b & c) | (b & d) | (c & d)) - 0x70e44324 : (b ^ c ^ d) - 0x359d3e2a;
      const t = (((a << 5) | (a >>> 27)) + f + e + W[i]) | 0;
      e = d;
      d = c;
      c = (b << 30) | (b >>> 2);
      b = a;
      a = t;
    }
    H[0] = (H[0] + a) | 0;
    H[1] = (H[1] + b) | 0;
    H[2] = (H[2] + c) | 0;
    H[3] = (H[3] + d) | 0;
    H[4] = (H[4] + e) | 0;
  },
};

/** Hashes `data`, continuing from `state` after `absorbed` bytes (a multiple of 64) were compressed. */
function digest(fn: HashFunction, state: Int32Array, absorbed: number, data: Uint8Array): Uint8Array {
  const H = state.slice();
  const n = data.length;
  let off = 0;
  for (; off + 64 <= n; off += 64) fn.compress(H, data, off);
  const rest = n - off;
  const tail = new Uint8Array(rest < 56 ? 64 : 128);
  tail.set(data.subarray(off));
  tail[rest] = 0x80;
  // The message length in bits, big-endian in the last eight bytes; lengths stay below 2^53 bits.
  const total = absorbed + n;
  const hi = Math.floor(total / 0x20000000);
  const lo = (total * 8) >>> 0;
  const end = tail.length;
  tail[end - 8] = hi >>> 24;
  tail[end - 7] = hi >>> 16;
  tail[end - 6] = hi >>> 8;
  tail[end - 5] = hi;
  tail[end - 4] = lo >>> 24;
  tail[end - 3] = lo >>> 16;
  tail[end - 2] = lo >>> 8;
  tail[end - 1] = lo;
  for (let t = 0; t < end; t += 64) fn.compress(H, tail, t);
  const out = new Uint8Array(fn.size);
  for (let i = 0; i < fn.size / 4; i++) {
    const w = H[i];
    out[i * 4] = w >>> 24;
    out[i * 4 + 1] = w >>> 16;
    out[i * 4 + 2] = w >>> 8;
    out[i * 4 + 3] = w;
  }
  return out;
}

function initial(fn: HashFunction): Int32Array {
  return Int32Array.from(fn.iv);
}

export function sha256(data: Uint8Array): Uint8Array {
  return digest(sha256Function, initial(sha256Function), 0, data);
}

export function sha1(data: Uint8Array): Uint8Array {
  return digest(sha1Function, initial(sha1Function), 0, data);
}

/** Lower-case hex SHA-256 of a string's UTF-8 bytes. */
export function sha256Hex(text: string): string {
  return hex(sha256(utf8(text)));
}

/**
 * A key prepared for HMAC: the hash states after the inner and outer padded key blocks, so every
 * message signed with it costs only the message's own blocks plus one outer block.
 */
export interface HmacKey {
  readonly algorithm: "sha256" | "sha1";
  readonly inner: Int32Array;
  readonly outer: Int32Array;
}

function prepare(algorithm: "sha256" | "sha1", key: Uint8Array): HmacKey {
  const fn = algorithm === "sha256" ? sha256Function : sha1Function;
  const block = new Uint8Array(64);
  block.set(key.length > 64 ? digest(fn, initial(fn), 0, key) : key);
  const inner = initial(fn);
  const outer = initial(fn);
  const pad = new Uint8Array(64);
  for (let i = 0; i < 64; i++) pad[i] = block[i] ^ 0x36;
  fn.compress(inner, pad, 0);
  for (let i = 0; i < 64; i++) pad[i] = block[i] ^ 0x5c;
  fn.compress(outer, pad, 0);
  return { algorithm, inner, outer };
}

export function hmacSha256Key(key: Uint8Array | string): HmacKey {
  return prepare("sha256", typeof key === "string" ? utf8(key) : key);
}

export function hmacSha1Key(key: Uint8Array | string): HmacKey {
  return prepare("sha1", typeof key === "string" ? utf8(key) : key);
}

/** HMAC of a message (a string is signed as its UTF-8 bytes). */
export function hmac(key: HmacKey, message: Uint8Array | string): Uint8Array {
  const fn = key.algorithm === "sha256" ? sha256Function : sha1Function;
  const inner = digest(fn, key.inner, 64, typeof message === "string" ? utf8(message) : message);
  return digest(fn, key.outer, 64, inner);
}

/** HMAC-SHA256 with a one-off key. */
export function hmacSha256(key: Uint8Array | string, message: Uint8Array | string): Uint8Array {
  return hmac(hmacSha256Key(key), message);
}

/** `bytes` random bytes as hex, from the platform's cryptographic generator. */
export function randomHex(bytes: number): string {
  return hex(globalThis.crypto.getRandomValues(new Uint8Array(bytes)));
}
