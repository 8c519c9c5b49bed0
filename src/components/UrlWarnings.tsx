import { useTimeline } from "../store/TimelineStoreContext.tsx";
import "./UrlWarnings.css";

/** Bad URL parameters are reported, not silently ignored, and never stop the timeline. */
export function UrlWarnings() {
  const warnings = useTimeline((s) => s.warnings);
  const dismiss = useTimeline((s) => s.dismissWarnings);
  if (warnings.length === 0) return null;
  return (
    <div className="url-warnings" role="status">
      <p>Some settings in the link could not be used:</p>
      <ul>
        {warnings.map((warning, i) => (
          <li key={i}>{warning}</li>
        ))}
      </ul>
      <button type="button" onClick={dismiss}>
        Dismiss
      </button>
    </div>
  );
}
