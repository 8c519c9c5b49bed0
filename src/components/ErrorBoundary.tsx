import { Component, type ReactNode } from "react";

interface ErrorBoundaryProps {
  /** What this part of the page is, as readers know it: "filters", "event details". */
  part: string;
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
      <div className="error-view part-error" role="alert">
        <p>
          <strong>The {this.props.part} could not be shown</strong> because of an error in this
          page.{this.props.whole === true ? "" : " The rest of the page still works."}
        </p>
        <p>
          Error: <code className="break">{error.message.slice(0, 300)}</code>
        </p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
      </div>
    );
  }
}
