export interface XmlElement {
  name: string;
  children: XmlElement[];
  text: string;
}
/** What the spec says about a value, beyond "a string": generated per operation output. */
export type XmlHint =
  | "number"
  | "boolean"
  | {
      readonly list: XmlHint | null;
    }
  | {
      readonly members: Readonly<Record<string, XmlHint>>;
    };
export declare class XmlParseError extends Error {
  override readonly name: string;
}
/** Parses a document and returns its root element. */
export declare function parseXml(source: string): XmlElement;
/** An element's content as a value; `hint` (from the spec) fixes numbers, booleans and lists. */
export declare function xmlValue(element: XmlElement, hint?: XmlHint | null): unknown;
