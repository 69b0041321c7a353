// The small XML reader: structure, text, entities, CDATA, and the spec's hints.
import { describe, expect, it } from "vitest";
import { parseXml, XmlParseError, xmlValue } from "../../../generator/runtime/xml.ts";

describe("parseXml", () => {
  it("elements, text, entities, CDATA; declarations, comments and attributes skipped", () => {
    const root = parseXml('<?xml version="1.0"?><!-- c --><R a="1"><A>x &lt;&#65;&#x42;&gt; &quot;y&quot;</A><B/><C><![CDATA[<raw>&amp;]]></C></R>');
    expect(root.name).toBe("R");
    expect(xmlValue(root)).toEqual({ A: 'x <AB> "y"', B: "", C: "<raw>&amp;" });
  });

  it.each([["<A><B></A>"], ["<A>"], ["text only"], ["<A><![CDATA[x</A>"]])("rejects %s", (xml) => {
    expect(() => parseXml(xml)).toThrow(XmlParseError);
  });
});

describe("xmlValue", () => {
  it("repeated elements become arrays even without a hint", () => {
    expect(xmlValue(parseXml("<R><I>1</I><I>2</I></R>"))).toEqual({ I: ["1", "2"] });
  });
  it("hints make numbers, booleans, one-item and empty lists", () => {
    const hint = { members: { N: "number", B: "boolean", L: { list: "number" }, E: { list: null } } } as const;
    expect(xmlValue(parseXml("<R><N>42</N><B>true</B><L>7</L></R>"), hint)).toEqual({ N: 42, B: true, L: [7], E: [] });
  });
  it("a member named __proto__ stays data", () => {
    const v = xmlValue(parseXml("<R><__proto__>x</__proto__></R>")) as Record<string, unknown>;
    expect(Object.getPrototypeOf(v)).toBe(Object.prototype);
    expect(Object.keys(v)).toEqual(["__proto__"]);
  });
});
