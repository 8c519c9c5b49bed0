import type { Problem } from "../data/model.ts";
import { useI18n } from "../i18n/I18nContext.ts";
import { Template } from "../i18n/Template.tsx";

interface ErrorViewProps {
  title: string;
  url: string;
  problems: Problem[];
  onRetry?: (() => void) | undefined;
}

/** Says what is wrong and where; never a stack trace, never a half-drawn timeline. */
export function ErrorView({ title, url, problems, onRetry }: ErrorViewProps) {
  const { t, count } = useI18n();
  return (
    <section className="error-view" role="alert" aria-labelledby="error-title">
      <h2 id="error-title">{title}</h2>
      <p>
        <Template
          text={t("error.dataset")}
          values={{ url: <code className="break">{url}</code> }}
        />
      </p>
      <p>{count("count.problems", problems.length)}</p>
      <ul className="problem-list">
        {problems.map((problem, i) => (
          <li key={i}>
            <code>{problem.path}</code>: {problem.message}
          </li>
        ))}
      </ul>
      {onRetry !== undefined && (
        <button type="button" onClick={onRetry}>
          {t("error.retry")}
        </button>
      )}
    </section>
  );
}
