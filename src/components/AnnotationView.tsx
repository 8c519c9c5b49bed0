import type { Annotation, Dataset } from "../data/model.ts";
import { ATTRIBUTION_LABEL } from "../timeline/labels.ts";
import { NoBreakText } from "./NoBreakText.tsx";
import { SourceList } from "./SourceLink.tsx";
import "./AnnotationView.css";

export function AnnotationView({
  annotation,
  dataset,
}: {
  annotation: Annotation;
  dataset: Dataset;
}) {
  const speaker = annotation.speaker ? dataset.peopleById.get(annotation.speaker) : undefined;
  return (
    <figure className="annotation">
      <span className={`badge badge-${annotation.attribution}`}>
        {ATTRIBUTION_LABEL[annotation.attribution]}
      </span>
      {annotation.quote !== undefined && (
        <blockquote className="annotation-quote">
          <p>
            <NoBreakText text={`“${annotation.quote}”`} />
          </p>
        </blockquote>
      )}
      <figcaption>
        {speaker !== undefined && annotation.quote !== undefined && (
          <span className="annotation-speaker">{speaker.name}: </span>
        )}
        <NoBreakText text={annotation.text} />
        <SourceList ids={annotation.sources} sourcesById={dataset.sourcesById} />
      </figcaption>
    </figure>
  );
}
