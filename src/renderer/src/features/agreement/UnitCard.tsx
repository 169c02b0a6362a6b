/** One unit of the comparison side by side: my quote and theirs (or a missing side), with the choices. */
import type { CodedQuote, Difference } from '../../../../shared/agreement/compare';
import { choiceLabels, type Choice } from './resolve';

export interface UnitCardProps {
  title: string;
  mine: CodedQuote | null;
  theirs: CodedQuote | null;
  coders: { mine: string; theirs: string };
  differences: Difference[];
  resolved: string | null;
  busy: boolean;
  onChoose: (choice: Choice) => void;
}

function Side({ who, quote, differences }: { who: string; quote: CodedQuote | null; differences: Difference[] }) {
  const mark = (d: Difference) => (differences.includes(d) ? ' unit__field--differs' : '');
  if (!quote) {
    return (
      <div className="unit__side unit__side--empty">
        <h4 className="unit__who">{who}</h4>
        <p className="unit__missing">No quote here.</p>
      </div>
    );
  }
  return (
    <div className="unit__side">
      <h4 className="unit__who">{who}</h4>
      <blockquote className={`unit__text${mark('range')}`}>“{quote.exact}”</blockquote>
      <dl className="unit__fields">
        <dt>Speaker</dt>
        <dd className={mark('speaker')}>{quote.speaker ?? 'not set'}</dd>
        <dt>About</dt>
        <dd className={mark('about')}>{quote.about.length ? quote.about.join(', ') : '—'}</dd>
        <dt>Tags</dt>
        <dd className={mark('tags')}>{quote.tags.length ? quote.tags.join(', ') : '—'}</dd>
        <dt>Kind</dt>
        <dd className={mark('kind')}>{quote.kind}</dd>
      </dl>
    </div>
  );
}

export function UnitCard({ title, mine, theirs, coders, differences, resolved, busy, onChoose }: UnitCardProps) {
  const labels = choiceLabels(mine, theirs);
  return (
    <article className={`unit${resolved ? ' unit--resolved' : ''}`} aria-label={`${title}: ${mine?.exact ?? theirs?.exact ?? ''}`.slice(0, 140)}>
      <header className="unit__header">
        <h3 className="unit__article">{title}</h3>
        {differences.length > 0 && <span className="unit__differences">Differs in {differences.join(', ')}</span>}
      </header>
      <div className="unit__sides">
        <Side who={`Mine (${coders.mine})`} quote={mine} differences={differences} />
        <Side who={`Theirs (${coders.theirs})`} quote={theirs} differences={differences} />
      </div>
      {resolved ? (
        <p className="unit__resolved" role="status">
          {resolved}
        </p>
      ) : (
        <div className="unit__choices">
          {(['mine', 'theirs', 'both'] as const).map((choice) =>
            labels[choice] ? (
              <button key={choice} type="button" className={`button button--small${choice === 'theirs' ? ' button--primary' : ''}`} disabled={busy} onClick={() => onChoose(choice)}>
                {labels[choice]}
              </button>
            ) : null,
          )}
        </div>
      )}
    </article>
  );
}
