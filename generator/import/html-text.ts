// Converts the HTML fragments that botocore models use for documentation into plain text.
// Paragraph-like blocks are separated by a blank line, list items become "- " lines (indented by
// nesting depth) and inline markup keeps only its text, so nothing the model says is lost.

/** Tags that start and end a block of text; everything else is inline and only its text is kept. */
const BLOCK_TAGS = new Set([
  "p", "div", "note", "important", "ul", "ol", "li", "dl", "dt", "dd", "pre", "codeblock",
  "h1", "h2", "h3", "h4", "h5", "h6", "fullname", "examples", "example", "table", "tr",
]);

const NAMED_ENTITIES: Record<string, string> = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", ndash: "–", mdash: "—",
  lsquo: "‘", rsquo: "’", ldquo: "“", rdquo: "”", hellip: "…", copy: "©", reg: "®", trade: "™",
};

/** Decodes named and numeric character references; unknown names are left as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z][a-z0-9]*);/gi, (whole, ref: string) => {
    if (ref[0] === "#") {
      const code = ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

/** Marks a `<br>` until the block is flushed; raw newlines in the HTML are only whitespace. */
const LINE_BREAK = "\u0000";

interface Block {
  text: string;
  /** List-item lines are joined with a single newline to their list neighbours. */
  inList: boolean;
}

interface ListState {
  ordered: boolean;
  count: number;
}

/** Mutable state of one conversion; lives only for one call of htmlToText. */
class TextBuilder {
  readonly blocks: Block[] = [];
  private inline = "";
  private readonly lists: ListState[] = [];
  /** Prefix for the first block of the current list item ("- " or "1. "), consumed once. */
  private pendingMarker: string | undefined;
  private href: string | undefined;
  private linkText = "";

  text(raw: string): void {
    this.inline += raw;
    if (this.href !== undefined) this.linkText += raw;
  }

  lineBreak(): void {
    this.inline += LINE_BREAK;
  }

  openLink(href: string | undefined): void {
    this.href = href;
    this.linkText = "";
  }

  /** Keeps the link target after its text, unless the text already is the target. */
  closeLink(): void {
    const href = this.href;
    this.href = undefined;
    if (href && !href.startsWith("#") && normalize(this.linkText) !== href) this.inline += ` (${href})`;
  }

  openBlock(tag: string): void {
    this.flush();
    if (tag === "ul" || tag === "ol") this.lists.push({ ordered: tag === "ol", count: 0 });
    if (tag === "li") {
      const list = this.lists[this.lists.length - 1];
      if (list) list.count += 1;
      this.pendingMarker = list?.ordered ? `${list.count}. ` : "- ";
    }
  }

  closeBlock(tag: string): void {
    this.flush();
    if (tag === "ul" || tag === "ol") this.lists.pop();
    if (tag === "li") this.pendingMarker = undefined;
  }

  flush(): void {
    const text = this.inline
      .split(LINE_BREAK)
      .map(normalize)
      .filter((line) => line !== "")
      .join("\n");
    this.inline = "";
    if (text === "") return;
    const depth = Math.max(this.lists.length - 1, 0);
    if (this.lists.length === 0) {
      this.blocks.push({ text, inList: false });
    } else if (this.pendingMarker !== undefined) {
      this.blocks.push({ text: indent(this.pendingMarker + text, "  ".repeat(depth), "  ".repeat(depth + 1)), inList: true });
      this.pendingMarker = undefined;
    } else {
      const pad = "  ".repeat(depth + 1);
      this.blocks.push({ text: indent(text, pad, pad), inList: true });
    }
  }
}

function normalize(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

function indent(text: string, first: string, rest: string): string {
  return text
    .split("\n")
    .map((line, i) => (i === 0 ? first : rest) + line)
    .join("\n");
}

function attribute(attrs: string, name: string): string | undefined {
  const match = new RegExp(`\\b${name}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, "i").exec(attrs);
  if (!match) return undefined;
  return decodeEntities(match[2] ?? match[3] ?? match[4] ?? "");
}

/**
 * Plain text of a botocore documentation fragment: tags stripped, entities decoded, whitespace
 * collapsed, `<p>` and other blocks separated by blank lines, `<li>` rendered as "- " lines,
 * `<br>` as a line break and `<a href>` as "text (href)".
 */
export function htmlToText(html: string | undefined): string {
  if (!html) return "";
  const out = new TextBuilder();
  // A "<" that does not start a tag (e.g. "a < b") is kept as text by the last alternative.
  const token = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|([^<]+)|</g;
  for (const match of html.matchAll(token)) {
    const [whole, closing, rawTag, attrs, text] = match;
    if (whole.startsWith("<!--")) continue;
    if (text !== undefined || rawTag === undefined) {
      out.text(decodeEntities(text ?? whole));
      continue;
    }
    const tag = rawTag.toLowerCase();
    if (tag === "br") out.lineBreak();
    else if (tag === "a" && !closing) out.openLink(attribute(attrs ?? "", "href"));
    else if (tag === "a") out.closeLink();
    else if (BLOCK_TAGS.has(tag)) closing ? out.closeBlock(tag) : out.openBlock(tag);
    // Other inline tags (code, b, i, ...) contribute only their text.
  }
  out.flush();
  return joinBlocks(out.blocks);
}

function joinBlocks(blocks: Block[]): string {
  let result = "";
  blocks.forEach((block, i) => {
    if (i > 0) result += block.inList && blocks[i - 1]!.inList ? "\n" : "\n\n";
    result += block.text;
  });
  return result;
}
