// What Word and Excel check before showing a package, and answer with a "repair" prompt when it
// fails (ECMA-376 Part 2, Open Packaging Conventions): one entry per part name, a content type for
// every part, well-formed XML with its namespace prefixes bound, relationship ids unique in each
// .rels, every internal relationship target present, and the main part where the root .rels says.
// saxes is the strict XML parser exceljs reads with; it refuses what a strict reader refuses.
import path from "node:path/posix";
import { SaxesParser } from "saxes";
import { zipEntries } from "@/lib/xlsx/zip";

type Element = { name: string; attributes: Record<string, string> };

/** Every element of `xml` with its attributes (by qualified name); throws on anything not well-formed. */
export function xmlElements(xml: string): Element[] {
  const parser = new SaxesParser({ xmlns: true });
  const elements: Element[] = [];
  parser.on("opentag", (tag) =>
    elements.push({ name: tag.local, attributes: Object.fromEntries(Object.values(tag.attributes).map((a) => [a.name, a.value])) }),
  );
  parser.on("error", (error) => {
    throw error;
  });
  parser.write(xml).close();
  return elements;
}

const MAIN_TYPES = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
};
const OFFICE_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";

/** "word/_rels/document.xml.rels" → "word/document.xml"; "_rels/.rels" → "" (the package). */
function sourceOf(rels: string): string {
  const dir = path.dirname(path.dirname(rels));
  const name = path.basename(rels).slice(0, -".rels".length);
  return dir === "." ? name : `${dir}/${name}`;
}

/** The extension a Default content type matches: ".rels" has "rels" (path.extname gives "" for it). */
const extensionOf = (name: string) => (path.basename(name).includes(".") ? path.basename(name).split(".").pop()!.toLowerCase() : "");

/** The part a relationship of `source` points to, as a zip entry name. */
function resolve(source: string, target: string): string {
  const decoded = decodeURIComponent(target.split("#")[0]);
  if (decoded.startsWith("/")) return decoded.slice(1);
  return path.normalize(path.join(path.dirname(source) === "." ? "" : path.dirname(source), decoded));
}

/** What is wrong with the package, one sentence each; empty when a strict reader opens it as it is. */
export function packageProblems(bytes: Buffer, kind: keyof typeof MAIN_TYPES): string[] {
  const problems: string[] = [];
  const entries = zipEntries(bytes).filter((e) => !e.name.endsWith("/"));
  const parts = new Map<string, string>();
  for (const entry of entries) {
    // Part names are compared without regard to case (OPC §9.1.1.3).
    if ([...parts.keys()].some((name) => name.toLowerCase() === entry.name.toLowerCase())) problems.push(`duplicate zip entry ${entry.name}`);
    parts.set(entry.name, entry.read().toString("utf8"));
  }

  const xmlOf = (name: string): Element[] | null => {
    try {
      return xmlElements(parts.get(name)!);
    } catch (error) {
      problems.push(`${name} is not well-formed: ${(error as Error).message}`);
      return null;
    }
  };

  const types = parts.has("[Content_Types].xml") ? (xmlOf("[Content_Types].xml") ?? []) : [];
  if (!parts.has("[Content_Types].xml")) problems.push("no [Content_Types].xml");
  const defaults = new Map(types.filter((e) => e.name === "Default").map((e) => [e.attributes.Extension.toLowerCase(), e.attributes.ContentType]));
  const overrides = new Map(types.filter((e) => e.name === "Override").map((e) => [e.attributes.PartName.slice(1).toLowerCase(), e.attributes.ContentType]));
  const contentType = (name: string) => overrides.get(name.toLowerCase()) ?? defaults.get(extensionOf(name));
  const lowerNames = new Set([...parts.keys()].map((n) => n.toLowerCase()));
  for (const name of parts.keys()) if (name !== "[Content_Types].xml" && !contentType(name)) problems.push(`no content type for ${name}`);
  for (const name of overrides.keys()) if (!lowerNames.has(name)) problems.push(`content type override for a missing part /${name}`);

  for (const name of parts.keys()) {
    const type = contentType(name) ?? "";
    if (!name.endsWith(".rels") && name !== "[Content_Types].xml" && /xml/.test(type)) xmlOf(name);
  }

  for (const rels of [...parts.keys()].filter((n) => n.endsWith(".rels"))) {
    const source = sourceOf(rels);
    if (source && !parts.has(source)) problems.push(`${rels} belongs to a missing part ${source}`);
    const relationships = (xmlOf(rels) ?? []).filter((e) => e.name === "Relationship");
    const ids = new Set<string>();
    for (const { attributes: r } of relationships) {
      if (ids.has(r.Id)) problems.push(`${rels}: relationship id ${r.Id} used twice`);
      ids.add(r.Id);
      if (r.TargetMode === "External") continue;
      const target = resolve(source, r.Target);
      if (!lowerNames.has(target.toLowerCase())) problems.push(`${rels}: ${r.Id} points to a missing part ${target}`);
    }
    if (rels === "_rels/.rels") {
      const main = relationships.find((e) => e.attributes.Type === OFFICE_DOCUMENT);
      if (!main) problems.push("the root .rels names no main part");
      else if (contentType(resolve("", main.attributes.Target)) !== MAIN_TYPES[kind])
        problems.push(`the main part ${main.attributes.Target} is not a ${kind} main part (${contentType(resolve("", main.attributes.Target))})`);
    }
  }
  if (!parts.has("_rels/.rels")) problems.push("no _rels/.rels");
  return problems;
}
