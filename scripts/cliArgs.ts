// What the command-line tools (import, export, new, validate) share: their options read by
// node:util's parseArgs with the same --help and usage errors, their output through an Io
// that tests can capture, and a main that runs only when the file is the command started.
import { realpathSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { parseArgs, type ParseArgsConfig } from "node:util";

export interface Io {
  /** Standard output: the command's result (a dataset, a CSV, a usage text). */
  out(text: string): void;
  /** Standard error: problems, notes and the verdict, one or more lines a call. */
  err(lines: string): void;
}

export const processIo: Io = {
  out: (text) => void process.stdout.write(text),
  err: (lines) => console.error(lines),
};

export type Main = (argv: string[], io: Io) => Promise<number>;

/** Prints the message and gives the exit code, so that `return fail(…)` ends a main. */
export function fail(io: Io, message: string, code = 1): number {
  io.err(message);
  return code;
}

/** The message of anything thrown. */
export function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

const HELP = { help: { type: "boolean", short: "h" } } as const;

/**
 * The options and positionals, or the exit code once usage is printed: 0 for --help, 2 for
 * an unknown option or a missing value.
 */
export function parseCli<const O extends NonNullable<ParseArgsConfig["options"]>>(
  argv: string[],
  options: O,
  usage: string,
  io: Io,
) {
  const config = {
    args: argv,
    allowPositionals: true,
    strict: true,
    options: { ...options, ...HELP },
  } as const;
  let parsed;
  try {
    parsed = parseArgs<typeof config>(config);
  } catch (error) {
    return fail(io, `${reason(error)}\n${usage}`, 2);
  }
  // The generic options hide help's type from TypeScript; parseArgs gives a boolean or nothing.
  if ((parsed.values as { help?: boolean }).help === true) {
    io.out(`${usage}\n`);
    return 0;
  }
  return parsed;
}

/** Runs `main` when `moduleUrl` is the script that node was started with (not in tests). */
export async function runWhenStarted(moduleUrl: string, main: Main): Promise<void> {
  const started = process.argv[1];
  if (started === undefined || pathToFileURL(realpathSync(started)).href !== moduleUrl) return;
  process.exitCode = await main(process.argv.slice(2), processIo);
}
