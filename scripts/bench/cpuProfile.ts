// CPU profiles of a profiled run (--profile): written as .cpuprofile files, and summed up
// as self time by function, mapped through the build's source maps to the original code.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { SourceMap } from "node:module";
import { join, sep } from "node:path";
import type { BrowserContext, Page } from "@playwright/test";
import { DIST } from "./build.ts";

export interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}
export interface CpuProfile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

export interface Profiling {
  start(): Promise<void>;
  stop(name: string): Promise<void>;
}

/** Attaches the profiler to a run's page; each phase is started, then stopped under a name. */
export type StartProfiling = (context: BrowserContext, page: Page) => Promise<Profiling>;

/** The functions with the most self time in a profile. */
export type SelfTime = { fn: string; ms: number; share: number }[];

const sourceMaps = new Map<string, SourceMap | null>();

function sourceMapFor(url: string): SourceMap | null {
  if (sourceMaps.has(url)) return sourceMaps.get(url) ?? null;
  let map: SourceMap | null = null;
  try {
    const path = join(DIST, new URL(url).pathname);
    if (path.startsWith(DIST + sep) && existsSync(`${path}.map`)) {
      map = new SourceMap(JSON.parse(readFileSync(`${path}.map`, "utf8")));
    }
  } catch {
    map = null;
  }
  sourceMaps.set(url, map);
  return map;
}

function describeFrame(frame: ProfileNode["callFrame"]): string {
  const name = frame.functionName || "(anonymous)";
  if (frame.url === "" || !frame.url.startsWith("http")) return name;
  const map = sourceMapFor(frame.url);
  const entry = map?.findEntry(frame.lineNumber, frame.columnNumber) as
    { originalSource?: string; originalLine?: number; name?: string } | undefined;
  if (map === null || entry?.originalSource === undefined || entry.originalLine === undefined) {
    return `${name} ${new URL(frame.url).pathname}:${frame.lineNumber + 1}`;
  }
  const source = entry.originalSource.replace(/^(\.\.\/)+/, "").replace(/^.*node_modules\//, "~");
  const payload = map.payload as { sources?: string[]; sourcesContent?: (string | null)[] };
  const index = payload.sources?.indexOf(entry.originalSource) ?? -1;
  const line = payload.sourcesContent?.[index]?.split("\n")[entry.originalLine]?.trim() ?? "";
  const shown = line.length > 60 ? `${line.slice(0, 59)}…` : line;
  return `${source}:${entry.originalLine + 1} ${shown}`.trim();
}

export function topSelfTime(profile: CpuProfile, limit = 10): SelfTime {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let total = 0;
  samples.forEach((id, i) => {
    const node = byId.get(id);
    const us = deltas[i + 1] ?? 0;
    if (node === undefined || node.callFrame.functionName === "(idle)") return;
    total += us;
    const key = describeFrame(node.callFrame);
    self.set(key, (self.get(key) ?? 0) + us);
  });
  return [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([fn, us]) => ({ fn, ms: Math.round(us / 100) / 10, share: total > 0 ? us / total : 0 }));
}

export function profilerFor(outDir: string, summaries: Record<string, SelfTime>): StartProfiling {
  return async (context, page) => {
    const cdp = await context.newCDPSession(page);
    await cdp.send("Profiler.enable");
    await cdp.send("Profiler.setSamplingInterval", { interval: 250 });
    return {
      start: async () => {
        await cdp.send("Profiler.start");
      },
      stop: async (name) => {
        const { profile } = (await cdp.send("Profiler.stop")) as { profile: CpuProfile };
        writeFileSync(join(outDir, `profile-${name}.cpuprofile`), JSON.stringify(profile));
        summaries[name] = topSelfTime(profile);
      },
    };
  };
}
