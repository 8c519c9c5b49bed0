// A catalog text whose placeholders are elements rather than strings: "{date}, per {sources}"
// with a bold date and a list of links. The text keeps its word order in every language.
import { Fragment, type ReactNode } from "react";

/** `text` with each `{name}` replaced by `values[name]`; an unknown name stays as written. */
export function Template({
  text,
  values,
}: {
  text: string;
  values: Readonly<Record<string, ReactNode>>;
}) {
  // split with a capturing group: text, name, text, name, …, text.
  const parts = text.split(/\{(\w+)\}/);
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 0 ? (
          part
        ) : (
          <Fragment key={i}>{Object.hasOwn(values, part) ? values[part] : `{${part}}`}</Fragment>
        ),
      )}
    </>
  );
}
