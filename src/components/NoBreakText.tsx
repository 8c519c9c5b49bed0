import { noBreakRuns } from "../timeline/noBreak.ts";

/** Text whose censored words ("a--") never break across lines; the text is unchanged. */
export function NoBreakText({ text }: { text: string }) {
  const runs = noBreakRuns(text);
  if (runs.every((run) => !run.keep)) return <>{text}</>;
  return (
    <>
      {runs.map((run, i) =>
        run.keep ? (
          <span key={i} className="nobreak">
            {run.text}
          </span>
        ) : (
          run.text
        ),
      )}
    </>
  );
}
