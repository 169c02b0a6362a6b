/**
 * Agreement between coders: choose whose coding to compare with mine, read the figures (units,
 * Krippendorff's alpha and Cohen's kappa for tags, speaker and kind agreement), then go through
 * every disagreement and unmatched quote side by side: keep mine, keep theirs, or keep both.
 */
import { useState } from 'react';
import type { AgreementResult, AgreementSource, CoderSummary } from '../../../../shared/agreement/api';
import type { CodedQuote } from '../../../../shared/agreement/compare';
import { api } from '../../api';
import { plural } from '../../ui/format';
import { useResult } from '../../ui/useResult';
import { useWorkbench } from '../../workbench/WorkbenchContext';
import { resolution, type Choice } from './resolve';
import { SourceForm } from './SourceForm';
import { UnitCard } from './UnitCard';
import './agreement.css';

const fixed = (v: number | null) => (v === null ? '–' : v.toFixed(2));
const percent = (v: number | null) => (v === null ? '–' : `${Math.round(v * 100)}%`);
const DONE: Record<Choice, string> = { mine: 'Kept mine.', theirs: 'Kept theirs.', both: 'Kept both.' };

interface Unit {
  key: string;
  articleId: string;
  title: string;
  mine: CodedQuote | null;
  theirs: CodedQuote | null;
  differences: AgreementResult['disagreements'][number]['differences'];
}

function unitsOf(report: AgreementResult): Unit[] {
  return [
    ...report.disagreements.map((d) => ({ key: `d:${d.mine.id}:${d.theirs.id}`, articleId: d.articleId, title: d.articleTitle, mine: d.mine, theirs: d.theirs, differences: d.differences })),
    ...report.unmatched.map((u) => ({ key: `u:${u.side}:${u.quote.id}`, articleId: u.articleId, title: u.articleTitle, mine: u.side === 'mine' ? u.quote : null, theirs: u.side === 'theirs' ? u.quote : null, differences: [] })),
  ];
}

export default function AgreementView() {
  const wb = useWorkbench();
  const coders = useResult<CoderSummary[]>(() => api.agreementCoders({}), [wb.articles.value], wb.reportError);
  const [source, setSource] = useState<AgreementSource | null>(null);
  const [report, setReport] = useState<AgreementResult | null>(null);
  const [busy, setBusy] = useState(false);
  const [resolved, setResolved] = useState<Record<string, string>>({});

  async function compare(next: AgreementSource) {
    setBusy(true);
    const result = await api.agreementCompare({ source: next });
    setBusy(false);
    if (!result.ok) return wb.notify(result.error.message);
    setSource(next);
    setReport(result.value);
    setResolved({});
  }

  async function choose(unit: Unit, choice: Choice) {
    const step = resolution(source?.kind === 'authors' ? 'authors' : 'other', choice, unit.mine, unit.theirs);
    setBusy(true);
    if (step.op === 'delete') {
      const result = await api.quotesDelete({ id: step.quoteId });
      if (!result.ok) {
        setBusy(false);
        return wb.reportError(result.error);
      }
      const deleted = result.value;
      wb.notify('The quote was removed.', 'info', { label: 'Undo', run: () => void api.quotesRestore({ quote: deleted }).then(() => wb.refresh('articles')) });
    } else if (step.op === 'adopt') {
      const result = await api.agreementAdopt({ articleId: unit.articleId, quote: step.quote, ...(step.replaceQuoteId ? { replaceQuoteId: step.replaceQuoteId } : {}) });
      if (!result.ok) {
        setBusy(false);
        return wb.reportError(result.error);
      }
      wb.refresh('articles', 'actors', 'tags');
    }
    setBusy(false);
    setResolved((r) => ({ ...r, [unit.key]: DONE[choice] }));
  }

  const units = report ? unitsOf(report) : [];
  const open = units.filter((u) => !resolved[u.key]).length;
  return (
    <div className="report-page">
      <div className="report-page__column">
        <header className="report-page__header">
          <h1 className="report-page__title">Agreement between coders</h1>
          <p className="report-page__intro">
            Compare how two analysts coded the same articles. Quotes that overlap by at least half of the shorter one are the same unit; on those, tags, speaker and kind are compared.
          </p>
        </header>
        <SourceForm coders={coders.value ?? []} busy={busy} onCompare={(s) => void compare(s)} />
        {report && (
          <>
            <section className="agreement__figures" aria-label="Figures">
              <Figure label="Units" value={String(report.units)} detail={`${report.matched} matched, ${report.unmatched.length} unmatched`} />
              <Figure label="Tags, Krippendorff’s α" value={fixed(report.overall.alpha)} detail="all tags, on matched units" />
              <Figure label="Tags, Cohen’s κ" value={fixed(report.overall.kappa)} detail="all tags, on matched units" />
              <Figure label="Same speaker" value={percent(report.speakerAgreement.observed)} detail={`α ${fixed(report.speakerAgreement.alpha)} · κ ${fixed(report.speakerAgreement.kappa)}`} />
              <Figure label="Same kind" value={percent(report.kindAgreement.observed)} detail={`α ${fixed(report.kindAgreement.alpha)} · κ ${fixed(report.kindAgreement.kappa)}`} />
            </section>
            <p className="agreement__muted">
              {report.coders.mine} and {report.coders.theirs}: {plural(report.articles.compared, 'article')} compared
              {report.articles.onlyMine + report.articles.onlyTheirs > 0 ? ` (${report.articles.onlyMine} only mine and ${report.articles.onlyTheirs} only theirs left out)` : ''}
              {report.withoutAuthor ? `; ${plural(report.withoutAuthor, 'quote')} without a recorded author left out` : ''}. A dash means every unit got the same value, so agreement cannot be told from chance.
            </p>
            {report.perTag.length > 0 && (
              <table className="agreement__table">
                <caption>Per tag</caption>
                <thead>
                  <tr>
                    <th scope="col">Tag</th>
                    <th scope="col">α</th>
                    <th scope="col">κ</th>
                    <th scope="col">Mine</th>
                    <th scope="col">Theirs</th>
                    <th scope="col">Both</th>
                  </tr>
                </thead>
                <tbody>
                  {report.perTag.map((t) => (
                    <tr key={t.tag}>
                      <th scope="row">{t.tag}</th>
                      <td>{fixed(t.alpha)}</td>
                      <td>{fixed(t.kappa)}</td>
                      <td>{t.mine}</td>
                      <td>{t.theirs}</td>
                      <td>{t.both}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            <section className="agreement__units" aria-label="Differences">
              <h2 className="agreement__subtitle">{units.length === 0 ? 'No differences: both coded every unit the same way.' : `${plural(open, 'difference')} to settle`}</h2>
              {units.map((unit) => (
                <UnitCard key={unit.key} title={unit.title} mine={unit.mine} theirs={unit.theirs} coders={report.coders} differences={unit.differences} resolved={resolved[unit.key] ?? null} busy={busy} onChoose={(c) => void choose(unit, c)} />
              ))}
            </section>
          </>
        )}
      </div>
    </div>
  );
}

function Figure({ label, value, detail }: { label: string; value: string; detail: string }) {
  return (
    <div className="agreement__figure">
      <span className="agreement__figure-label">{label}</span>
      <span className="agreement__figure-value">{value}</span>
      <span className="agreement__muted">{detail}</span>
    </div>
  );
}
