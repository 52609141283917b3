// What may follow the last signature of a PDF (PAdES B-LT / B-LTA, ETSI EN 319 142-1): updates
// that change nothing a reader sees. Remote-signing services and LTV tools append the DSS (the
// certificates, CRLs and OCSP responses that validate the signature later) and document
// time-stamps. Each update after the signature is read object by object and allowed only when
// every object it writes is one of: the DSS and what it holds; the catalog gaining /DSS (its
// other keys as before); a new invisible document time-stamp field with its signature
// dictionary; the AcroForm, a page's /Annots or a field list gaining exactly such fields; the
// Info dictionary's modification date and producer; or an object rewritten unchanged. Freed
// objects and anything else keep the file MODIFIED, with the reason.
import { PDFArray, PDFDict, PDFName, PDFNumber, PDFRawStream, PDFRef, type PDFContext, type PDFObject } from "pdf-lib";
import { incrementsAfter, refKey, revisionAt, type Increment } from "@/lib/signed-copies/pdf-revisions";

export type ChangeReason = "unreadable" | "deleted" | "catalog" | "form" | "page" | "content";

const N = (name: string) => PDFName.of(name);
/** Catalog keys an LTV update may add or change; /AcroForm is checked on its own. */
const CATALOG_LTV_KEYS = new Set(["/DSS", "/Extensions", "/AcroForm"]);
const INFO_KEYS = new Set(["/ModDate", "/Producer"]);
const ACROFORM_KEYS = new Set(["/Fields", "/SigFlags"]);
// Annotation flags Hidden (2) and NoView (32): the widget is never drawn.
const NOT_SHOWN = 2 | 32;

function same(a: PDFObject | undefined, b: PDFObject | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.constructor !== b.constructor) return false;
  if (a instanceof PDFRef) return refKey(a) === refKey(b as PDFRef);
  if (a instanceof PDFArray) {
    const other = b as PDFArray;
    return a.size() === other.size() && a.asArray().every((item, i) => same(item, other.get(i)));
  }
  if (a instanceof PDFRawStream) {
    const other = b as PDFRawStream;
    return same(a.dict, other.dict) && Buffer.from(a.contents).equals(Buffer.from(other.contents));
  }
  if (a instanceof PDFDict) return sameExcept(a, b as PDFDict, new Set());
  return a.toString() === b.toString();
}

/** The two dictionaries agree on every key but `except`. */
function sameExcept(a: PDFDict, b: PDFDict, except: Set<string>) {
  const keys = new Set([...a.keys(), ...b.keys()].map(String).filter((k) => !except.has(k)));
  return [...keys].every((k) => same(a.get(N(k.slice(1))), b.get(N(k.slice(1)))));
}

/** Indirect objects reachable from `roots` through `lookup`, by key. */
function reachable(roots: PDFObject | undefined | (PDFObject | undefined)[], lookup: (ref: PDFRef) => PDFObject | undefined) {
  const seen = new Set<string>();
  const walk = (o: PDFObject | undefined) => {
    if (o instanceof PDFRef) {
      if (seen.has(refKey(o))) return;
      seen.add(refKey(o));
      walk(lookup(o));
    } else if (o instanceof PDFArray) o.asArray().forEach(walk);
    else if (o instanceof PDFRawStream) walk(o.dict);
    else if (o instanceof PDFDict) o.values().forEach(walk);
  };
  (Array.isArray(roots) ? roots : [roots]).forEach(walk);
  return seen;
}

const zeroArea = (rect: PDFObject | undefined) => {
  if (!(rect instanceof PDFArray) || rect.size() !== 4) return false;
  const [x1, y1, x2, y2] = rect.asArray().map((v) => (v instanceof PDFNumber ? v.asNumber() : NaN));
  return x1 === x2 || y1 === y2;
};

/** A field or annotation that is not an invisible document time-stamp is a form change to the reader. */
const isFieldOrAnnotation = (object: PDFObject) => object instanceof PDFDict && (object.has(N("FT")) || object.get(N("Type")) === N("Annot"));

class UpdateCheck {
  private lookup = (ref: PDFRef) => this.update.objects.get(refKey(ref)) ?? this.before.lookup(ref);
  private isNew = (key: string) => !this.before.lookup(PDFRef.of(...(key.split(" ").map(Number) as [number, number])));
  /** New invisible document time-stamp fields, their signature dictionaries and appearances. */
  private readonly stamps = new Set<string>();
  private readonly stampFields = new Set<string>();

  constructor(
    private before: PDFContext,
    private update: Increment,
  ) {
    for (const [key, object] of update.objects) {
      if (!(object instanceof PDFDict) || object.get(N("FT")) !== N("Sig") || !this.isNew(key)) continue;
      const value = object.get(N("V"));
      const signature = value instanceof PDFRef ? this.lookup(value) : undefined;
      const docStamp = signature instanceof PDFDict && (signature.get(N("SubFilter")) === N("ETSI.RFC3161") || signature.get(N("Type")) === N("DocTimeStamp"));
      const flags = object.get(N("F"));
      const hidden = zeroArea(object.get(N("Rect"))) || (flags instanceof PDFNumber && (flags.asNumber() & NOT_SHOWN) !== 0);
      if (!docStamp || !(value instanceof PDFRef) || !this.isNew(refKey(value)) || (object.has(N("Subtype")) && !hidden)) continue;
      this.stampFields.add(key);
      for (const k of reachable(object.get(N("AP")), this.lookup)) if (this.isNew(k)) this.stamps.add(k);
      this.stamps.add(key).add(refKey(value));
    }
  }

  /** `after` is `before` plus new time-stamp fields (or widgets) only. */
  private onlyAddsStamps(before: PDFObject | undefined, after: PDFObject | undefined) {
    const items = (o: PDFObject | undefined, lookup: (r: PDFRef) => PDFObject | undefined) => {
      const list = o instanceof PDFRef ? lookup(o) : o;
      return list instanceof PDFArray ? list.asArray() : list === undefined ? [] : null;
    };
    const old = items(before, (r) => this.before.lookup(r));
    const now = items(after, this.lookup);
    if (!old || !now || now.length < old.length || !old.every((item, i) => same(item, now[i]))) return false;
    return now.slice(old.length).every((item) => item instanceof PDFRef && this.stampFields.has(refKey(item)));
  }

  private acroForm(before: PDFObject | undefined, after: PDFObject | undefined) {
    if (before instanceof PDFRef && after instanceof PDFRef && refKey(before) === refKey(after)) return true;
    const old = before instanceof PDFRef ? this.before.lookup(before) : before;
    const now = after instanceof PDFRef ? this.lookup(after) : after;
    if (!(now instanceof PDFDict) || !(old === undefined || old instanceof PDFDict)) return false;
    // A form created by the update may hold nothing but its fields.
    const rest = old ? sameExcept(old, now, ACROFORM_KEYS) : now.keys().every((k) => ACROFORM_KEYS.has(String(k)));
    const ok = rest && this.onlyAddsStamps(old?.get(N("Fields")), now.get(N("Fields")));
    if (ok && after instanceof PDFRef) this.stamps.add(refKey(after));
    return ok;
  }

  /** Why the update changes what a reader sees, or null when it does not. */
  reason(): ChangeReason | null {
    const { before, update } = this;
    const root = before.trailerInfo.Root;
    if (!(root instanceof PDFRef)) return "unreadable";
    const newRoot = update.trailer?.get(N("Root"));
    if (newRoot && !same(newRoot, root)) return "catalog";
    const numbers = new Set(before.enumerateIndirectObjects().map(([ref]) => ref.objectNumber));
    if (update.freed.some((n) => numbers.has(n))) return "deleted";
    if (update.containers.some((k) => !this.isNew(k))) return "content";
    const oldCatalog = before.lookup(root);
    const catalog = this.lookup(root);
    if (!(oldCatalog instanceof PDFDict) || !(catalog instanceof PDFDict)) return "unreadable";
    const dss = reachable(catalog.get(N("DSS")), this.lookup);
    // What the document shows (pages, forms, outlines… everything but the DSS): a DSS may point at
    // such an object, but a later update may not rewrite it as "DSS data".
    const oldLookup = (r: PDFRef) => before.lookup(r);
    const shownRoots = oldCatalog.entries().flatMap(([k, v]) => (k === N("DSS") ? [] : [v]));
    const shown = reachable([...shownRoots, before.trailerInfo.Info as PDFObject], oldLookup);
    const oldDss = reachable(oldCatalog.get(N("DSS")), oldLookup);
    const info = before.trailerInfo.Info instanceof PDFRef ? refKey(before.trailerInfo.Info) : null;
    // The catalog first: a new AcroForm it points to is allowed through it.
    const rootKey = refKey(root);
    const objects = [...update.objects].sort(([a], [b]) => Number(b === rootKey) - Number(a === rootKey));
    for (const [key, object] of objects) {
      const old = this.isNew(key) ? undefined : before.lookup(PDFRef.of(...(key.split(" ").map(Number) as [number, number])));
      if (old !== undefined && same(old, object)) continue;
      if (key === rootKey) {
        if (!(object instanceof PDFDict) || !sameExcept(oldCatalog, object, CATALOG_LTV_KEYS)) return "catalog";
        if (!this.acroForm(oldCatalog.get(N("AcroForm")), object.get(N("AcroForm")))) return "form";
        continue;
      }
      // The DSS may only hold new objects, or objects that were the DSS's already: never a rewritten page or stream.
      if (dss.has(key) && (old === undefined || (oldDss.has(key) && !shown.has(key)))) continue;
      if (this.stamps.has(key) && old === undefined) continue;
      if (key === info && old instanceof PDFDict && object instanceof PDFDict && sameExcept(old, object, INFO_KEYS)) continue;
      if (old instanceof PDFDict && old.get(N("Type")) === N("Page")) {
        if (
          !(object instanceof PDFDict) ||
          !sameExcept(old, object, new Set(["/Annots"])) ||
          !this.onlyAddsStamps(old.get(N("Annots")), object.get(N("Annots")))
        )
          return "page";
        continue;
      }
      const formRef = oldCatalog.get(N("AcroForm"));
      if (formRef instanceof PDFRef && refKey(formRef) === key) {
        if (!this.acroForm(old, object)) return "form";
        continue;
      }
      // An indirect /Fields or /Annots array gaining the new time-stamp fields.
      if (old instanceof PDFArray && object instanceof PDFArray && this.onlyAddsStamps(old, object)) continue;
      return isFieldOrAnnotation(object) ? "form" : "content";
    }
    return null;
  }
}

/** Null when every update after `from` only adds LTV data and document time-stamps; else why not. */
export async function appendedChange(pdf: Uint8Array, from: number): Promise<ChangeReason | null> {
  let updates: Increment[];
  try {
    updates = await incrementsAfter(pdf, from);
  } catch {
    return "unreadable";
  }
  for (const update of updates) {
    const before = await revisionAt(pdf, update.start).catch(() => null);
    if (!before) return "unreadable";
    const reason = new UpdateCheck(before, update).reason();
    if (reason) return reason;
  }
  return null;
}
