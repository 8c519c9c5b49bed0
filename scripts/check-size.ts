// npm run size: the gzipped first-load weight of each built page (every JS and CSS file it
// fetches before any lazy import; worker scripts are listed but not counted, as this app
// starts its dataset worker only for large files), checked against the budget. Inline
// scripts and the HTML itself are not counted either. Run after `npm run build`.
// Exits 1 when a page is over budget or the build is missing.
import { existsSync, readFileSync } from "node:fs";
import { join, normalize, sep } from "node:path";
import { gzipSync } from "node:zlib";
import { collectFirstLoad, type FirstLoadFile } from "./size/firstLoad.ts";

const DIST = "dist";
/** 110 KB as 110,000 bytes (decimal kilobytes, the stricter reading), gzip level 9. */
const BUDGET_BYTES = 110_000;

interface Page {
  html: string;
  /** Pages still being built elsewhere are skipped with a note instead of failing. */
  optional: boolean;
}

const PAGES: Page[] = [
  { html: "index.html", optional: false },
  { html: "embed.html", optional: true },
];

function readInDist(path: string): Buffer | undefined {
  const full = normalize(join(DIST, path));
  if (!full.startsWith(DIST + sep) || !existsSync(full)) return undefined;
  return readFileSync(full);
}

function gzipBytes(content: Buffer): number {
  return gzipSync(content, { level: 9 }).length;
}

function kb(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} kB`;
}

function checkPage(page: Page): boolean {
  const html = readInDist(page.html);
  if (html === undefined) {
    if (page.optional) {
      console.log(`${page.html}: not in ${DIST}/ yet, skipped.\n`);
      return true;
    }
    console.error(`${page.html}: missing from ${DIST}/; run \`npm run build\` first.`);
    return false;
  }
  const result = collectFirstLoad(html.toString("utf8"), page.html, (path) =>
    readInDist(path)?.toString("utf8"),
  );
  const measure = (file: FirstLoadFile) => {
    const content = readInDist(file.path) ?? Buffer.alloc(0);
    return { ...file, raw: content.length, gzip: gzipBytes(content) };
  };
  const rows = result.files.map(measure);
  const total = rows.reduce((sum, row) => sum + row.gzip, 0);
  const rawTotal = rows.reduce((sum, row) => sum + row.raw, 0);

  const workers = result.workers.map(measure);
  const width = Math.max(24, ...[...rows, ...workers].map((row) => row.path.length));
  console.log(`${page.html}: first load (JS and CSS, gzip -9)`);
  console.log(`  ${"file".padEnd(width)}  ${"raw".padStart(9)}  ${"gzip".padStart(9)}  loaded by`);
  for (const row of rows) {
    console.log(
      `  ${row.path.padEnd(width)}  ${kb(row.raw).padStart(9)}  ${kb(row.gzip).padStart(9)}  ${row.from}`,
    );
  }
  console.log(
    `  ${"total".padEnd(width)}  ${kb(rawTotal).padStart(9)}  ${kb(total).padStart(9)}  budget ${kb(BUDGET_BYTES)}`,
  );
  for (const row of workers) {
    console.log(
      `  not counted: ${row.path} (${kb(row.gzip)} gzip), a worker ${row.via === "worker" ? `${row.from} can start` : `script imported by ${row.from}`}; it loads on demand, not on first load`,
    );
  }
  for (const url of result.external)
    console.log(`  note: ${url} is on another origin, not counted`);
  for (const missing of result.missing) {
    console.log(`  warning: ${missing.path} (referenced by ${missing.from}) is not in ${DIST}/`);
  }

  const pageMissing = result.missing.some((m) => m.from === "(page)");
  const over = total > BUDGET_BYTES;
  if (over) {
    console.error(
      `  FAIL ${page.html}: ${kb(total)} gzipped is over the ${kb(BUDGET_BYTES)} budget by ${kb(total - BUDGET_BYTES)}`,
    );
  } else if (pageMissing) {
    console.error(`  FAIL ${page.html}: it refers to files the build does not have`);
  } else {
    console.log(`  ok   ${page.html}: ${kb(BUDGET_BYTES - total)} under budget`);
  }
  console.log("");
  return !over && !pageMissing;
}

function main(): number {
  if (!existsSync(join(DIST, "index.html"))) {
    console.error(`${DIST}/index.html not found: run \`npm run build\` first.`);
    return 1;
  }
  console.log(`Budget: ${BUDGET_BYTES.toLocaleString("en")} bytes gzipped per page (110 kB).\n`);
  let ok = true;
  for (const page of PAGES) ok = checkPage(page) && ok;
  return ok ? 0 : 1;
}

process.exitCode = main();
