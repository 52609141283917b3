import { describe, expect, it } from "vitest";
import { createTranslator } from "use-intl/core";
import { template } from "@/lib/i18n/template";

const messages = { a: { one: "Tải minh chứng cho tiêu chí {leaf}", twice: "{leaf} và {leaf}.", quoted: "'{'{leaf}'}'" } };
const t = createTranslator({ locale: "vi", messages }) as unknown as Parameters<typeof template>[0];

describe("template", () => {
  it("fills in what t fills in", () => {
    for (const key of ["a.one", "a.twice", "a.quoted"])
      for (const value of ["12", "I.3", "", "a & <b>"]) expect(template(t, key, "leaf")(value)).toBe(t(key, { leaf: value }));
  });
});
