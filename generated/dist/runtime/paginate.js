function withMember(input, name, value) {
	const copy = { ...input };
	if (value === undefined || value === null || value === "") delete copy[name];
	else copy[name] = value;
	return copy;
}
function member(value, name) {
	return value && typeof value === "object" && Object.prototype.hasOwnProperty.call(value, name) ? value[name] : undefined;
}
/** Pages until the service stops returning a next token (or returns the same one again). */
export async function* paginateByToken(call, input, pagination, options) {
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
export async function* paginateByPage(call, input, pagination, options) {
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
		const size = typeof sizeAnswered === "number" && sizeAnswered > 0 ? sizeAnswered : typeof sizeAsked === "number" ? sizeAsked : count;
		if (count === 0 || count < size) return;
		if (typeof total === "number" && number * size >= total) return;
		number++;
	}
}
