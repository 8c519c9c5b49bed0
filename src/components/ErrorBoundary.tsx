import { Component, type ReactNode } from "react";
import type { TextKey } from "../i18n/catalog.ts";
import { useI18n } from "../i18n/I18nContext.ts";
import { Template } from "../i18n/Template.tsx";

/** The parts of the page a boundary can name: the catalog's `error.part.*` texts. */
export type ErrorPart = TextKey extends infer Key
  ? Key extends `error.part.${infer Part}`
    ? Part
    : never
  : never;

interface ErrorBoundaryProps {
  /** What this part of the page is, as readers know it: "filters", "details" (error.part.*). */
  part: ErrorPart;
  children: ReactNode;
  /** The boundary around the whole page: there is no "rest of the page" to speak of. */
  whole?: boolean;
  /** Told when the part fails, once its message is in the page. */
  onError?: () => void;
}

/**
 * Keeps a rendering failure in one part of the page inside that part: it shows a message
 * naming the part and a "Try again" button, and the rest of the page keeps working. (Give
 * it a `key` to start afresh with new content, as React does for any component.)
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(): void {
    this.props.onError?.();
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (error === null) return this.props.children;
    return (
      <PartError
        part={this.props.part}
        whole={this.props.whole === true}
        error={error}
        onRetry={() => this.setState({ error: null })}
      />
    );
  }
}

function PartError({
  part,
  whole,
  error,
  onRetry,
}: {
  part: ErrorPart;
  whole: boolean;
  error: Error;
  onRetry: () => void;
}) {
  const { t } = useI18n();
  return (
    <div className="error-view part-error" role="alert">
      <p>
        <Template
          text={t(whole ? "error.partFailedPage" : "error.partFailedRest")}
          values={{ part: <strong>{t(`error.part.${part}`)}</strong> }}
        />
      </p>
      <p>
        <Template
          text={t("error.message")}
          values={{ message: <code className="break">{error.message.slice(0, 300)}</code> }}
        />
      </p>
      <button type="button" onClick={onRetry}>
        {t("error.retry")}
      </button>
    </div>
  );
}
