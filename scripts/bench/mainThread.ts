// Where the renderer's main thread spends its time (CDP Performance metrics): task, script,
// style and layout time, read before and after a phase.
import type { CDPSession } from "@playwright/test";
import { INPUT_TIMEOUT_MS, withTimeout } from "./timeouts.ts";

export interface MainThreadTime {
  taskMs: number;
  scriptMs: number;
  styleMs: number;
  layoutMs: number;
  styleCount: number;
  layoutCount: number;
}

export const TIME_KEYS = ["taskMs", "scriptMs", "styleMs", "layoutMs"] as const;

export async function pageMetrics(cdp: CDPSession): Promise<Map<string, number>> {
  const { metrics } = await withTimeout(
    cdp.send("Performance.getMetrics"),
    INPUT_TIMEOUT_MS,
    "reading page metrics",
  );
  return new Map(metrics.map((m) => [m.name, m.value]));
}

export function mainThreadTime(after: Map<string, number>, before = new Map<string, number>()) {
  const delta = (name: string) => (after.get(name) ?? 0) - (before.get(name) ?? 0);
  const ms = (name: string) => Math.round(delta(name) * 1000);
  return {
    taskMs: ms("TaskDuration"),
    scriptMs: ms("ScriptDuration"),
    styleMs: ms("RecalcStyleDuration"),
    layoutMs: ms("LayoutDuration"),
    styleCount: delta("RecalcStyleCount"),
    layoutCount: delta("LayoutCount"),
  };
}
