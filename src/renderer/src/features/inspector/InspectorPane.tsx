/**
 * The inspector beside an article: its sections (the selected quote on top, the article's quotes
 * below; other features may add sections in sections.ts), or a note that no article is open.
 */
import { EmptyState } from '../../ui/EmptyState';
import { inspectorSections, type ArticleInspectorContext } from './sections';

export function InspectorPane({ context }: { context: ArticleInspectorContext | null }) {
  if (!context) {
    return (
      <div className="pane-scroll">
        <EmptyState title="No article open">
          <p>The quotes of the article you open are listed here in reading order.</p>
        </EmptyState>
      </div>
    );
  }
  const top = inspectorSections.filter((s) => s.region === 'top');
  const list = inspectorSections.filter((s) => s.region === 'list');
  return (
    <div className="article-inspector">
      {top.length > 0 && (
        <div className="article-inspector__top">
          {top.map(({ id, Component }) => (
            <Component key={id} context={context} />
          ))}
        </div>
      )}
      <div className="article-inspector__list">
        {list.map(({ id, Component }) => (
          <Component key={id} context={context} />
        ))}
      </div>
    </div>
  );
}
