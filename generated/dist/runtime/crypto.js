// SHA-256, SHA-1 and HMAC (FIPS 180-4, RFC 2104): the platform's (`sha256Async`, what the clients sign
// with) and in plain, synchronous JavaScript (the Alibaba signatures and the mock's verification).
// The platform's: Node's crypto module where the runtime has one, found through
// `process.getBuiltinModule` so nothing here imports Node (synchronous and native, faster than the
// JavaScript below), else WebCrypto (crypto.subtle: every call is an asynchronous job, about 25 µs
// each in Node 20, which is why it is only the fallback). Bundles for browsers thus carry no hash code.
// The JavaScript: short strings (signing strings, request bodies) are encoded straight into a staging
// buffer, so hashing them allocates nothing but the result. Every top-level value is marked pure so
// that a bundle using only the platform's hash leaves all of it out.
const encoder = /* @__PURE__ */ new TextEncoder();
function findNodeCrypto() {
	const p = globalThis.process;
	const c = p?.getBuiltinModule?.("node:crypto");
	return c?.hash ? c : undefined;
}
const nodeCrypto = /* @__PURE__ */ findNodeCrypto();
/** SHA-256 of `data` (a string as its UTF-8 bytes), or its HMAC-SHA256 under `key`, by WebCrypto. */
export async function webSha256(data, key) {
	const subtle = globalThis.crypto.subtle;
	const bytes = (x) => typeof x === "string" ? encoder.encode(x) : x;
	return new Uint8Array(key === undefined ? await subtle.digest("SHA-256", bytes(data)) : await subtle.sign("HMAC", await subtle.importKey("raw", bytes(key), {
		name: "HMAC",
		hash: "SHA-256"
	}, false, ["sign"]), bytes(data)));
}
export async function sha256Async(data, key, encoding) {
	if (nodeCrypto) return key === undefined ? nodeCrypto.hash("sha256", data, encoding ?? "buffer") : nodeCrypto.createHmac("sha256", key).update(data).digest(encoding);
	const bytes = await webSha256(data, key);
	return encoding ? hex(bytes) : bytes;
}
/**
* A key that signs many messages (`sha256Async`'s `key`): where Node's crypto module is used, a KeyObject,
* which spares each HMAC a copy of the key; elsewhere the bytes themselves.
*/
export function platformKey(key) {
	return nodeCrypto ? nodeCrypto.createSecretKey(key) : key;
}
/** UTF-8 bytes of a string. */
export function utf8(text) {
	return encoder.encode(text);
}
/** The UTF-8 length of a string, without encoding it when it is ASCII. */
export function utf8Length(text) {
	return /^[\x00-\x7f]*$/.test(text) ? text.length : encoder.encode(text).length;
}
/** Lower-case hexadecimal, as both SigV4 and ACS3 write digests. */
export function hex(bytes) {
	let out = "";
	for (const b of bytes) out += (b < 16 ? "0" : "") + b.toString(16);
	return out;
}
/** The first `size` bytes of big-endian 32-bit words. */
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
/** Standard, padded base64 (RFC 4648 §4). */
export function base64(bytes) {
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
// FIPS 180-4 defines SHA-256's constants as the first 32 bits of the fractional parts of the square
// roots (initial state) and cube roots (round constants) of the first primes. Computing them keeps
// 600 bytes of literals out of every browser bundle; each value lies at least 0.005 from a rounding
// boundary, far beyond any engine's Math.sqrt/Math.cbrt error, and the test vectors pin the result.
function firstPrimes(count) {
	const primes = [];
	for (let n = 2; primes.length < count; n++) if (primes.every((p) => n % p !== 0)) primes.push(n);
	return primes;
}
/** The first 32 bits of the fractional parts of the square or cube roots of the first `count` primes. */
function rootFractions(count, cube) {
	return Int32Array.from(firstPrimes(count), (p) => {
		const x = cube ? Math.cbrt(p) : Math.sqrt(p);
		return (x - Math.floor(x)) * 2 ** 32 | 0;
	});
}
const K256 = /* @__PURE__ */ rootFractions(64, true);
const W = /* @__PURE__ */ new Int32Array(80);
/** 32-bit rotation to the right. */
const rotr = (x, n) => x >>> n | x << 32 - n;
const sha256Function = {
	iv: /* @__PURE__ */ rootFractions(8, false),
	size: 32,
	compress(H, M, off) {
		for (let i = 0; i < 16; i++, off += 4) W[i] = M[off] << 24 | M[off + 1] << 16 | M[off + 2] << 8 | M[off + 3];
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
	iv: /* @__PURE__ */ Int32Array.from([
		1732584193,
		4023233417,
		2562383102,
		271733878,
		3285377520
	]),
	size: 20,
	compress(H, M, off) {
		for (let i = 0; i < 16; i++, off += 4) W[i] = M[off] << 24 | M[off + 1] << 16 | M[off + 2] << 8 | M[off + 3];
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
// Staging for short strings (encoded straight into it) and for every message's last blocks with their
// padding; hashing is synchronous, so one buffer suffices.
const scratch = /* @__PURE__ */ new Uint8Array(4096);
/**
* The hash state after `data`, continuing from `state` after `absorbed` bytes (a multiple of 64).
* A string is hashed as its UTF-8 bytes.
*/
function digestWords(fn, state, absorbed, data) {
	const short = typeof data === "string" && data.length * 3 <= scratch.length - 72;
	const bytes = short ? scratch : typeof data === "string" ? encoder.encode(data) : data;
	const n = short ? encoder.encodeInto(data, scratch).written : bytes.length;
	const H = state.slice();
	let off = 0;
	for (; off + 64 <= n; off += 64) fn.compress(H, bytes, off);
	// The rest, then padding: 0x80, zeros, and the message length in bits, big-endian, in the last eight bytes.
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
export function sha256(data) {
	return wordsBytes(digestWords(sha256Function, sha256Function.iv, 0, data), 32);
}
export function sha1(data) {
	return wordsBytes(digestWords(sha1Function, sha1Function.iv, 0, data), 20);
}
/** Lower-case hex SHA-256 of bytes, or of a string's UTF-8 bytes. */
export function sha256Hex(data) {
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
	return {
		hash: fn,
		inner,
		outer
	};
}
export function hmacSha256Key(key) {
	return prepare(sha256Function, key);
}
export function hmacSha1Key(key) {
	return prepare(sha1Function, key);
}
function hmacWords(key, message) {
	const fn = key.hash;
	return digestWords(fn, key.outer, 64, wordsBytes(digestWords(fn, key.inner, 64, message), fn.size));
}
/** HMAC of a message (a string is signed as its UTF-8 bytes). */
export function hmac(key, message) {
	return wordsBytes(hmacWords(key, message), key.hash.size);
}
/** Lower-case hex HMAC of a message. */
export function hmacHex(key, message) {
	return hex(hmac(key, message));
}
/** HMAC-SHA256 with a one-off key. */
export function hmacSha256(key, message) {
	return hmac(hmacSha256Key(key), message);
}
/** `bytes` random bytes as hex, from the platform's cryptographic generator. */
export function randomHex(bytes) {
	return hex(globalThis.crypto.getRandomValues(new Uint8Array(bytes)));
}
