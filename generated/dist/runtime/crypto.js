const encoder = new TextEncoder();
function utf8(text) {
  return encoder.encode(text);
}
function utf8Length(text) {
  return /^[\x00-\x7f]*$/.test(text) ? text.length : encoder.encode(text).length;
}
const hexDigits = [];
for (let i = 0; i < 256; i++) hexDigits.push((i < 16 ? "0" : "") + i.toString(16));
function hex(bytes) {
  let out = "";
  for (let i = 0; i < bytes.length; i++) out += hexDigits[bytes[i]];
  return out;
}
function wordsBytes(words, size) {
  const out = new Uint8Array(size);
  for (let i = 0; i < size / 4; i++) {
    const w = words[i];
    out[i * 4] = w >>> 24;
    out[i * 4 + 1] = w >>> 16;
    out[i * 4 + 2] = w >>> 8;
    out[i * 4 + 3] = w;
  }
  return out;
}
const base64Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
function base64(bytes) {
  let out = "";
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = bytes[i] << 16 | bytes[i + 1] << 8 | bytes[i + 2];
    out += base64Alphabet[n >>> 18] + base64Alphabet[n >>> 12 & 63] + base64Alphabet[n >>> 6 & 63] + base64Alphabet[n & 63];
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i] << 16;
    out += `${base64Alphabet[n >>> 18]}${base64Alphabet[n >>> 12 & 63]}==`;
  } else if (rest === 2) {
    const n = bytes[i] << 16 | bytes[i + 1] << 8;
    out += `${base64Alphabet[n >>> 18]}${base64Alphabet[n >>> 12 & 63]}${base64Alphabet[n >>> 6 & 63]}=`;
  }
  return out;
}
const primes = [];
for (let n = 2; primes.length < 64; n++) if (primes.every((p) => n % p !== 0)) primes.push(n);
const fraction32 = (x) => (x - Math.floor(x)) * 2 ** 32 | 0;
const K256 = Int32Array.from(primes, (p) => fraction32(Math.cbrt(p)));
const W = new Int32Array(80);
const rotr = (x, n) => x >>> n | x << 32 - n;
const sha256Function = {
  iv: Int32Array.from(primes.slice(0, 8), (p) => fraction32(Math.sqrt(p))),
  size: 32,
  compress(H, M, off) {
    for (let i = 0; i < 16; i++, off += 4)
      W[i] = M[off] << 24 | M[off + 1] << 16 | M[off + 2] << 8 | M[off + 3];
    for (let i = 16; i < 64; i++) {
      const x = W[i - 15];
      const y = W[i - 2];
      const s0 = rotr(x, 7) ^ rotr(x, 18) ^ x >>> 3;
      const s1 = rotr(y, 17) ^ rotr(y, 19) ^ y >>> 10;
      W[i] = W[i - 16] + s0 + W[i - 7] + s1 | 0;
    }
    let a = H[0], b = H[1], c = H[2], d = H[3], e = H[4], f = H[5], g = H[6], h = H[7];
    for (let i = 0; i < 64; i++) {
      const S1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25);
      const t1 = h + S1 + (e & f ^ ~e & g) + K256[i] + W[i] | 0;
      const S0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22);
      const t2 = S0 + (a & b ^ a & c ^ b & c) | 0;
      h = g;
      g = f;
      f = e;
      e = d + t1 | 0;
      d = c;
      c = b;
      b = a;
      a = t1 + t2 | 0;
    }
    H[0] = H[0] + a | 0;
    H[1] = H[1] + b | 0;
    H[2] = H[2] + c | 0;
    H[3] = H[3] + d | 0;
    H[4] = H[4] + e | 0;
    H[5] = H[5] + f | 0;
    H[6] = H[6] + g | 0;
    H[7] = H[7] + h | 0;
  }
};
const sha1Function = {
  // Marked pure so bundles that never use SHA-1 drop it.
  iv: /* @__PURE__ */ Int32Array.from([1732584193, 4023233417, 2562383102, 271733878, 3285377520]),
  size: 20,
  compress(H, M, off) {
    for (let i = 0; i < 16; i++, off += 4)
      W[i] = M[off] << 24 | M[off + 1] << 16 | M[off + 2] << 8 | M[off + 3];
    for (let i = 16; i < 80; i++) {
      const x = W[i - 3] ^ W[i - 8] ^ W[i - 14] ^ W[i - 16];
      W[i] = x << 1 | x >>> 31;
    }
    let a = H[0], b = H[1], c = H[2], d = H[3], e = H[4];
    for (let i = 0; i < 80; i++) {
      const f = i < 20 ? (b & c | ~b & d) + 1518500249 : i < 40 ? (b ^ c ^ d) + 1859775393 : i < 60 ? (b & c | b & d | c & d) - 1894007588 : (b ^ c ^ d) - 899497514;
      const t = (a << 5 | a >>> 27) + f + e + W[i] | 0;
      e = d;
      d = c;
      c = b << 30 | b >>> 2;
      b = a;
      a = t;
    }
    H[0] = H[0] + a | 0;
    H[1] = H[1] + b | 0;
    H[2] = H[2] + c | 0;
    H[3] = H[3] + d | 0;
    H[4] = H[4] + e | 0;
  }
};
const scratch = new Uint8Array(4096);
function digestWords(fn, state, absorbed, data) {
  const short = typeof data === "string" && data.length * 3 <= scratch.length - 72;
  const bytes = short ? scratch : typeof data === "string" ? encoder.encode(data) : data;
  const n = short ? encoder.encodeInto(data, scratch).written : bytes.length;
  const H = state.slice();
  let off = 0;
  for (; off + 64 <= n; off += 64) fn.compress(H, bytes, off);
  const rest = n - off;
  if (short) scratch.copyWithin(0, off, n);
  else scratch.set(bytes.subarray(off, n));
  const end = rest + 72 & ~63;
  scratch.fill(0, rest, end);
  scratch[rest] = 128;
  const bits = (absorbed + n) * 8;
  for (let i = 0; i < 4; i++) {
    scratch[end - 8 + i] = Math.floor(bits / 2 ** 32) >>> 24 - 8 * i;
    scratch[end - 4 + i] = bits >>> 24 - 8 * i;
  }
  for (off = 0; off < end; off += 64) fn.compress(H, scratch, off);
  return H;
}
function sha256(data) {
  return wordsBytes(digestWords(sha256Function, sha256Function.iv, 0, data), 32);
}
function sha1(data) {
  return wordsBytes(digestWords(sha1Function, sha1Function.iv, 0, data), 20);
}
function sha256Hex(data) {
  return hex(sha256(data));
}
function prepare(fn, key) {
  const bytes = typeof key === "string" ? utf8(key) : key;
  const pad = new Uint8Array(64);
  pad.set(bytes.length > 64 ? wordsBytes(digestWords(fn, fn.iv, 0, bytes), fn.size) : bytes);
  const inner = fn.iv.slice();
  const outer = fn.iv.slice();
  for (let i = 0; i < 64; i++) pad[i] ^= 54;
  fn.compress(inner, pad, 0);
  for (let i = 0; i < 64; i++) pad[i] ^= 54 ^ 92;
  fn.compress(outer, pad, 0);
  return { hash: fn, inner, outer };
}
function hmacSha256Key(key) {
  return prepare(sha256Function, key);
}
function hmacSha1Key(key) {
  return prepare(sha1Function, key);
}
function hmacWords(key, message) {
  const fn = key.hash;
  return digestWords(
    fn,
    key.outer,
    64,
    wordsBytes(digestWords(fn, key.inner, 64, message), fn.size)
  );
}
function hmac(key, message) {
  return wordsBytes(hmacWords(key, message), key.hash.size);
}
function hmacHex(key, message) {
  return hex(hmac(key, message));
}
function hmacSha256(key, message) {
  return hmac(hmacSha256Key(key), message);
}
function randomHex(bytes) {
  return hex(globalThis.crypto.getRandomValues(new Uint8Array(bytes)));
}
export {
  base64,
  hex,
  hmac,
  hmacHex,
  hmacSha1Key,
  hmacSha256,
  hmacSha256Key,
  randomHex,
  sha1,
  sha256,
  sha256Hex,
  utf8,
  utf8Length
};
