const tokenPrefix = "opspec-mock:1:";
/** One page of `items` (already newest first) after the cursor in `token`. */
export function tokenPage(items, pageSize, token) {
	let start = 0;
	if (token !== undefined) {
		const cursor = decodeToken(token);
		if (!cursor) return { invalidToken: true };
		start = items.findIndex((i) => i.createdAt < cursor.createdAt || i.createdAt === cursor.createdAt && i.seq < cursor.seq);
		if (start < 0) start = items.length;
	}
	const page = items.slice(start, start + pageSize);
	const last = page[page.length - 1];
	return start + pageSize < items.length && last ? {
		items: page,
		nextToken: encodeToken(last)
	} : { items: page };
}
function encodeToken(i) {
	return btoa(`${tokenPrefix}${i.createdAt}:${i.seq}`);
}
function decodeToken(token) {
	let text;
	try {
		text = atob(token);
	} catch {
		return undefined;
	}
	if (!text.startsWith(tokenPrefix)) return undefined;
	const [createdAt, seq] = text.slice(tokenPrefix.length).split(":").map(Number);
	return Number.isFinite(createdAt) && Number.isFinite(seq) ? {
		createdAt,
		seq
	} : undefined;
}
/** Page `pageNumber` (from 1) of `pageSize` items; past the end it is empty, as the services answer. */
export function numberedPage(items, pageNumber, pageSize) {
	const start = (pageNumber - 1) * pageSize;
	return items.slice(start, start + pageSize);
}
