export class XmlParseError extends Error {
	name = "XmlParseError";
}
const entities = {
	lt: "<",
	gt: ">",
	amp: "&",
	quot: "\"",
	apos: "'"
};
function decode(text) {
	return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, e) => {
		if (e[0] === "#") return String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
		return entities[e] ?? whole;
	});
}
/** Parses a document and returns its root element. */
export function parseXml(source) {
	const stack = [{
		name: "",
		children: [],
		text: ""
	}];
	let i = 0;
	while (i < source.length) {
		const lt = source.indexOf("<", i);
		const top = stack[stack.length - 1];
		if (lt < 0) {
			top.text += decode(source.slice(i));
			break;
		}
		if (lt > i) top.text += decode(source.slice(i, lt));
		if (source.startsWith("<![CDATA[", lt)) {
			const end = source.indexOf("]]>", lt);
			if (end < 0) throw new XmlParseError("unterminated CDATA section");
			top.text += source.slice(lt + 9, end);
			i = end + 3;
		} else if (source.startsWith("<!--", lt)) {
			const end = source.indexOf("-->", lt);
			if (end < 0) throw new XmlParseError("unterminated comment");
			i = end + 3;
		} else if (source[lt + 1] === "?" || source[lt + 1] === "!") {
			const end = source.indexOf(">", lt);
			if (end < 0) throw new XmlParseError("unterminated declaration");
			i = end + 1;
		} else {
			const end = source.indexOf(">", lt);
			if (end < 0) throw new XmlParseError("unterminated tag");
			const tag = source.slice(lt + 1, end);
			i = end + 1;
			if (tag[0] === "/") {
				const name = tag.slice(1).trim();
				if (stack.length < 2 || top.name !== name) throw new XmlParseError(`unexpected </${name}>`);
				stack.pop();
				continue;
			}
			const selfClosing = tag.endsWith("/");
			const name = (selfClosing ? tag.slice(0, -1) : tag).trim().split(/\s/, 1)[0];
			const element = {
				name,
				children: [],
				text: ""
			};
			top.children.push(element);
			if (!selfClosing) stack.push(element);
		}
	}
	if (stack.length !== 1) throw new XmlParseError(`unclosed <${stack[stack.length - 1].name}>`);
	const root = stack[0].children[0];
	if (!root) throw new XmlParseError("no root element");
	return root;
}
function scalar(text, hint) {
	if (hint === "number") return text.trim() === "" ? undefined : Number(text);
	if (hint === "boolean") return text.trim() === "true";
	return text;
}
/** An element's content as a value; `hint` (from the spec) fixes numbers, booleans and lists. */
export function xmlValue(element, hint) {
	if (hint && typeof hint === "object" && "list" in hint) return xmlValue(element, hint.list);
	if (element.children.length === 0 && (!hint || typeof hint === "string")) return scalar(element.text, hint);
	const members = hint && typeof hint === "object" && "members" in hint ? hint.members : {};
	const groups = new Map();
	for (const child of element.children) {
		const h = Object.prototype.hasOwnProperty.call(members, child.name) ? members[child.name] : undefined;
		const values = groups.get(child.name) ?? [];
		values.push(xmlValue(child, h));
		groups.set(child.name, values);
	}
	// Lists the spec expects but the document left out are empty, as the SDK reads them.
	for (const [name, h] of Object.entries(members)) if (typeof h === "object" && "list" in h && !groups.has(name)) groups.set(name, []);
	const out = {};
	for (const [name, values] of groups) {
		const h = Object.prototype.hasOwnProperty.call(members, name) ? members[name] : undefined;
		const value = h && typeof h === "object" && "list" in h || values.length > 1 ? values : values[0];
		// defineProperty keeps a member named __proto__ as data.
		Object.defineProperty(out, name, {
			value,
			enumerable: true,
			writable: true,
			configurable: true
		});
	}
	return out;
}
