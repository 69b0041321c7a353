import { hmacHex, hmacSha256, hmacSha256Key, sha256Hex } from "./crypto.js";
function amzDate(date) {
  const iso = date.toISOString();
  return `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}Z`;
}
function encodeRfc3986(value) {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`
  );
}
function canonicalQuery(params) {
  return params.map(([k, v]) => [encodeRfc3986(k), encodeRfc3986(v)]).sort((a, b) => a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0).map(([k, v]) => `${k}=${v}`).join("&");
}
const signingKeys = /* @__PURE__ */ new WeakMap();
function signingKey(credentials, day, scope) {
  const id = `${day}/${scope.region}/${scope.service}`;
  const cached = signingKeys.get(credentials);
  if (cached && cached.scope === id) return cached.key;
  const kDate = hmacSha256(`AWS4${credentials.secretAccessKey}`, day);
  const kRegion = hmacSha256(kDate, scope.region);
  const kService = hmacSha256(kRegion, scope.service);
  const key = hmacSha256Key(hmacSha256(kService, "aws4_request"));
  signingKeys.set(credentials, { scope: id, key });
  return key;
}
function signV4(request, credentials, scope, date) {
  const names = Object.keys(request.headers).sort();
  let canonicalHeaders = "";
  for (const name of names)
    canonicalHeaders += `${name}:${request.headers[name].trim().replace(/\s+/g, " ")}
`;
  const signedHeaders = names.join(";");
  const canonicalRequest = `${request.method}
${request.path}
${request.query}
${canonicalHeaders}
${signedHeaders}
${request.payloadHash}`;
  const day = date.slice(0, 8);
  const credentialScope = `${day}/${scope.region}/${scope.service}/aws4_request`;
  const stringToSign = `AWS4-HMAC-SHA256
${date}
${credentialScope}
${sha256Hex(canonicalRequest)}`;
  const signature = hmacHex(signingKey(credentials, day, scope), stringToSign);
  return `AWS4-HMAC-SHA256 Credential=${credentials.accessKeyId}/${credentialScope}, SignedHeaders=${signedHeaders}, Signature=${signature}`;
}
export {
  amzDate,
  canonicalQuery,
  encodeRfc3986,
  signV4
};
