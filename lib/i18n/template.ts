// A translation with one plain value ("… tiêu chí {leaf}"), formatted once and then filled in
// per row: the same text as t(key, { [name]: value }), without formatting the message again. A
// translation with values costs about 12 µs here (use-intl builds its formats and a cache key on
// every call), and a grid of 66 rows made some 200 of them each time it was rendered.
const MARK = "\u0000";

type Translate = (key: string, values: Record<string, string>) => string;

export function template(t: Translate, key: string, name: string): (value: string) => string {
  const parts = t(key, { [name]: MARK }).split(MARK);
  return (value) => parts.join(value);
}
