import type { Problem } from "../data/model.ts";

interface ErrorViewProps {
  title: string;
  url: string;
  problems: Problem[];
  onRetry?: (() => void) | undefined;
}

/** Says what is wrong and where; never a stack trace, never a half-drawn timeline. */
export function ErrorView({ title, url, problems, onRetry }: ErrorViewProps) {
  const count = problems.length;
  return (
    <section className="error-view" role="alert" aria-labelledby="error-title">
      <h2 id="error-title">{title}</h2>
      <p>
        Dataset: <code className="break">{url}</code>
      </p>
      <p>{count === 1 ? "1 problem was found:" : `${count} problems were found:`}</p>
      <ul className="problem-list">
        {problems.map((problem, i) => (
          <li key={i}>
            <code>{problem.path}</code>: {problem.message}
          </li>
        ))}
      </ul>
      {onRetry !== undefined && (
        <button type="button" onClick={onRetry}>
          Try again
        </button>
      )}
    </section>
  );
}
