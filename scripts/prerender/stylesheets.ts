// Which style sheets a built module brings, read from Vite's build manifest.
import type { Manifest } from "vite";

/** The style sheets a built module and everything it imports bring, in load order. */
export function stylesheetsOf(manifest: Manifest, key: string, seen = new Set<string>()): string[] {
  const chunk = manifest[key];
  if (chunk === undefined || seen.has(key)) return [];
  seen.add(key);
  const imported = (chunk.imports ?? []).flatMap((name) => stylesheetsOf(manifest, name, seen));
  return [...new Set([...imported, ...(chunk.css ?? [])])];
}
