const tokenPrefix = "opspec-mock:1:";
function tokenPage(items, pageSize, token) {
  let start = 0;
  if (token !== void 0) {
    const cursor = decodeToken(token);
    if (!cursor) return { invalidToken: true };
    start = items.findIndex(
      (i) => i.createdAt < cursor.createdAt || i.createdAt === cursor.createdAt && i.seq < cursor.seq
    );
    if (start < 0) start = items.length;
  }
  const page = items.slice(start, start + pageSize);
  const last = page[page.length - 1];
  return start + pageSize < items.length && last ? { items: page, nextToken: encodeToken(last) } : { items: page };
}
function encodeToken(i) {
  return btoa(`${tokenPrefix}${i.createdAt}:${i.seq}`);
}
function decodeToken(token) {
  let text;
  try {
    text = atob(token);
  } catch {
    return void 0;
  }
  if (!text.startsWith(tokenPrefix)) return void 0;
  const [createdAt, seq] = text.slice(tokenPrefix.length).split(":").map(Number);
  return Number.isFinite(createdAt) && Number.isFinite(seq) ? { createdAt, seq } : void 0;
}
function numberedPage(items, pageNumber, pageSize) {
  const start = (pageNumber - 1) * pageSize;
  return items.slice(start, start + pageSize);
}
export {
  numberedPage,
  tokenPage
};
