/**
 * The reader's header: section as a kicker, the title, then outlet · date · authors. When the
 * article's own first lines are its section and title, they are shown here (with any quote in
 * the headline highlighted) instead of being repeated in the text below.
 */
import type { ReactNode } from 'react';
import type { Article } from '../../../../shared/model';
import type { SegmentedBlock } from '../../../../shared/text/segments';
import { dotted, formatDate, joinNames } from '../../ui/format';
import { HighlightedRuns } from './HighlightedRuns';
import type { QuoteLook } from './quoteLooks';

export interface ArticleHeaderProps {
  article: Article;
  sectionBlock: SegmentedBlock | null;
  titleBlock: SegmentedBlock | null;
  looks: ReadonlyMap<string, QuoteLook>;
  selectedQuoteId: string | null;
  onSelectQuote: (quoteId: string) => void;
  /** Shown under the meta line: notices and actions about the article (e.g. quotes not found). */
  children?: ReactNode;
}

export function ArticleHeader({ article, sectionBlock, titleBlock, children, ...highlight }: ArticleHeaderProps) {
  const authors = joinNames(article.source.authors);
  const date = formatDate(article.source.publishedAt);
  const meta = dotted(article.source.outlet, date, authors && `By ${authors}`);
  // The article's own lines are drawn as runs (selectable and quotable); a title that is not in the text is plain.
  const inText = (block: SegmentedBlock | null): block is SegmentedBlock => !!block;
  return (
    <header className="reader-header">
      {article.section && (
        <p className="reader-kicker">
          {inText(sectionBlock) ? <HighlightedRuns text={article.text} block={sectionBlock} {...highlight} /> : article.section}
        </p>
      )}
      <h1 className="reader-title" id="reader-title">
        {inText(titleBlock) ? <HighlightedRuns text={article.text} block={titleBlock} {...highlight} /> : article.title || 'Untitled article'}
      </h1>
      {meta && <p className="reader-meta">{meta}</p>}
      {!date && <p className="reader-meta reader-meta--faint">Imported {formatDate(article.importedAt)}</p>}
      {children}
    </header>
  );
}
