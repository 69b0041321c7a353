// fast-check arbitraries for random *valid* spec folders full of hostile text: reserved words and
// non-identifier member names, enum values with quotes, backticks, `${`, newlines and non-ASCII,
// docs that try to close comments or scripts, patterns with slashes, deep and recursive structures.
import fc from "fast-check";

/** A marker that must never surface as code: the fuzz test looks for it as an identifier. */
export const marker = "__opspecPwned";

const hostileText = fc.constantFrom(
  `*/ ${marker}(); /*`,
  `"); ${marker}(); ("`,
  `'); ${marker}(); ('`,
  `\`; ${marker}(); \``,
  `\${${marker}()}`,
  `</script><script>${marker}()</script>`,
  `line one\n${marker}();\nline three`,
  `naïve ☃ 日本語 \u2028 ${marker} \u2029`,
  `// ${marker}()`,
  `\\u0022; ${marker}(); //`,
);

const reserved = fc.constantFrom("class", "default", "function", "constructor", "delete", "new", "typeof", "await", "yield", "enum", "interface", "type", "Object", "String");

const shapeName = fc.oneof(reserved, fc.stringMatching(/^[A-Z][A-Za-z0-9]{0,12}$/));

const memberName = fc.oneof(
  fc.constantFrom("__proto__", "constructor", "prototype", "weird-name", "with space", "0starts", "$dollar", "ünï", `quote"d`, "back`tick", "hasOwnProperty", "toString"),
  reserved,
  fc.stringMatching(/^[A-Za-z][A-Za-z0-9]{0,10}$/),
);

const docs = fc.option(fc.oneof(hostileText, fc.string({ maxLength: 40 })), { nil: undefined });

const enumValues = fc.uniqueArray(fc.oneof(hostileText, fc.constantFrom("Etc/GMT+1", "Etc/GMT-1", "__proto__", "a b", ""), fc.string({ minLength: 1, maxLength: 12 })), {
  minLength: 1,
  maxLength: 6,
});

const pattern = fc.constantFrom("^[a-z/]+$", "^[\\w\\-\\:\\/]*$", "^arn:aws:[a-z0-9-]+/\\d{1,3}$", "^(?:[A-Za-z0-9+/]{4})*$", "^[^*/]*$", "^.{1,5}$");

type Raw = Record<string, unknown>;

const scalar: fc.Arbitrary<Raw> = fc.oneof(
  fc.record({ type: fc.constant("string"), length: fc.option(fc.record({ min: fc.nat(3), max: fc.integer({ min: 3, max: 40 }) }), { nil: undefined }), pattern: fc.option(pattern, { nil: undefined }) }, { requiredKeys: ["type"] }),
  fc.record({ type: fc.constantFrom("integer", "long"), range: fc.option(fc.record({ min: fc.integer({ min: -100, max: 0 }), max: fc.integer({ min: 0, max: 100 }) }), { nil: undefined }) }, { requiredKeys: ["type"] }),
  fc.record({ type: fc.constant("double") }),
  fc.record({ type: fc.constant("boolean") }),
  fc.record({ type: fc.constant("timestamp"), format: fc.constantFrom("epoch-seconds", "date-time") }),
  fc.record({ type: fc.constant("blob") }),
);

function strip(o: Raw): Raw {
  for (const k of Object.keys(o)) if (o[k] === undefined) delete o[k];
  return o;
}

/** One random service folder: { "service.yaml": object, "operations/<Op>.yaml": object, ... }. */
export const serviceSpec: fc.Arbitrary<Record<string, Raw>> = fc
  .record({
    names: fc.uniqueArray(shapeName, { minLength: 3, maxLength: 6, comparator: (a, b) => a.toLowerCase() === b.toLowerCase() }),
    enumValues,
    enumDocs: fc.array(docs, { minLength: 6, maxLength: 6 }),
    title: fc.oneof(hostileText, fc.string({ maxLength: 20 })),
    doc: docs,
    memberSets: fc.array(fc.uniqueArray(memberName, { minLength: 1, maxLength: 5 }), { minLength: 3, maxLength: 3 }),
    scalars: fc.array(scalar, { minLength: 8, maxLength: 8 }),
    memberDocs: fc.array(docs, { minLength: 8, maxLength: 8 }),
    depth: fc.integer({ min: 1, max: 6 }),
    ops: fc.uniqueArray(fc.stringMatching(/^[A-Z][a-z]{1,8}$/), { minLength: 1, maxLength: 3 }),
  })
  .map((r) => {
    const [enumName, recName, strName, ...others] = r.names;
    const shapes: Raw = {};
    shapes[enumName] = strip({
      type: "enum",
      documentation: r.doc,
      values: Object.fromEntries(r.enumValues.map((v, i) => [v, r.enumDocs[i] ?? ""])),
    });
    // A recursive structure: optional self references through a member and a list.
    shapes[recName] = strip({
      type: "structure",
      documentation: r.doc,
      members: { Self: { ref: recName }, Many: { type: "list", items: { ref: recName } }, Tag: { ref: enumName } },
    });
    shapes[strName] = strip({ ...r.scalars[0], documentation: r.doc, sensitive: true });
    others.forEach((n, i) => (shapes[n] = strip({ ...r.scalars[1 + i], deprecated: r.doc ?? true })));
    // A deep inline structure, named from its position with safe member names.
    let deep: Raw = { type: "structure", members: { Leaf: { ref: strName, required: true } } };
    for (let d = 0; d < r.depth; d++) deep = { type: "structure", members: { [`L${d}`]: deep, Odd: { type: "map", values: { ref: enumName } } } };
    const members = (set: string[], k: number): Raw =>
      Object.fromEntries(
        set.map((m, i) => [m, strip({ ...(i % 3 === 0 ? { ref: enumName } : i % 3 === 1 ? { ref: recName } : r.scalars[(k + i) % 8]), documentation: r.memberDocs[(k + i) % 8] })]),
      );
    const files: Record<string, Raw> = {
      "service.yaml": strip({
        service: "Fuzz",
        title: r.title,
        apiVersion: "2020-01-01",
        documentation: r.doc,
        protocol: { awsJson1_1: { targetPrefix: "FuzzService", signingName: "fuzz" } },
        shapes,
        errors: { Failure: strip({ status: 400, fault: "client", documentation: r.doc, members: { message: { type: "string" } } }) },
      }),
    };
    r.ops.forEach((op, k) => {
      files[`operations/${op}.yaml`] = strip({
        operation: op,
        documentation: r.doc,
        input: { members: { ...members(r.memberSets[k % 3], k), Deep: deep } },
        output: { members: { ...members(r.memberSets[(k + 1) % 3], k + 1), List: { type: "list", items: { type: "list", items: { ref: enumName } } } } },
        errors: ["Failure"],
      });
    });
    return files;
  });
