/** Wraps a generated `validate…` function (default options: unknown members rejected) as a Standard Schema. */
export function standardSchema(validate) {
	return { "~standard": {
		version: 1,
		vendor: "opspec",
		validate(value) {
			const violations = validate(value);
			if (violations.length === 0) return { value };
			return { issues: violations.map((v) => ({
				message: v.message,
				path: pathSegments(v.path, value)
			})) };
		}
	} };
}
/** JSON Pointer → path keys; a segment below an array becomes a number, as other libraries report indices. */
export function pathSegments(pointer, root) {
	if (pointer === "") return [];
	const out = [];
	let node = root;
	for (const raw of pointer.slice(1).split("/")) {
		const key = raw.indexOf("~") < 0 ? raw : raw.replace(/~1/g, "/").replace(/~0/g, "~");
		if (Array.isArray(node) && /^(?:0|[1-9]\d*)$/.test(key)) {
			const index = Number(key);
			out.push(index);
			node = node[index];
		} else {
			out.push(key);
			node = node !== null && typeof node === "object" && Object.prototype.hasOwnProperty.call(node, key) ? node[key] : undefined;
		}
	}
	return out;
}
