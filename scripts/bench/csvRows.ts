// A plain spreadsheet for the import benchmark: one row per event, each row with a source
// of its own (a distinct URL, no source id), as an author's big sheet has. Outlets, dates
// and titles repeat, so that ids made from them collide as they do in real sheets.

/** The CSV text of `count` rows (plus the header row). */
export function csvRows(count: number): string {
  const lines = ["date,title,summary,kind,source_outlets,source_urls,source_published"];
  for (let i = 0; i < count; i += 1) {
    const day = `2025-02-${String((i % 28) + 1).padStart(2, "0")}`;
    lines.push(
      `${day},Sighting ${i % 100},What happened in event ${i}.,report,Outlet ${i % 20},https://example.com/story/${i},${day}`,
    );
  }
  return `${lines.join("\n")}\n`;
}
