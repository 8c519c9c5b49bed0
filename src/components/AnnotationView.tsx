import type { Annotation, Dataset } from "../data/model.ts";
import { useI18n } from "../i18n/I18nContext.ts";
import { NoBreakText } from "./NoBreakText.tsx";
import { SourceList } from "./SourceLink.tsx";
import "./AnnotationView.css";
import { writtenIn } from "../i18n/writtenIn.ts";

export function AnnotationView({
  annotation,
  dataset,
}: {
  annotation: Annotation;
  dataset: Dataset;
}) {
  const { t } = useI18n();
  const speaker = annotation.speaker ? dataset.peopleById.get(annotation.speaker) : undefined;
  return (
    <figure className="annotation">
      <span className={`badge badge-${annotation.attribution}`}>
        {t(`attribution.${annotation.attribution}`)}
      </span>
      {annotation.quote !== undefined && (
        <blockquote className="annotation-quote" {...writtenIn(dataset.language)}>
          <p>
            {/* The marks belong to the quote's runs: "a--”" never breaks before its mark. */}
            <NoBreakText text={t("quote.marks", { quote: annotation.quote })} />
          </p>
        </blockquote>
      )}
      <figcaption>
        {speaker !== undefined && annotation.quote !== undefined && (
          <span className="annotation-speaker">
            {t("annotation.speaker", { name: speaker.name })}
          </span>
        )}
        <span {...writtenIn(dataset.language)}>
          <NoBreakText text={annotation.text} />
        </span>
        <SourceList ids={annotation.sources} sourcesById={dataset.sourcesById} />
      </figcaption>
    </figure>
  );
}
