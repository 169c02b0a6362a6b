/**
 * Code tables (QDA "code co-occurrence"): tags down the side, and across either tags (together in
 * one quote, in overlapping quotes, or in one article), speakers, outlets or months. Each count is
 * a button that lists its quotes below; any quote opens in its article. The table exports as CSV.
 */
import { useMemo, useState } from 'react';
import type { CodeTable, CodeTableRequest } from '../../../../shared/search/codeTables';
import { codeTableCsv } from '../../../../shared/search/codeTables';
import type { CitedQuote } from '../../../../shared/editor/notesApi';
import { api } from '../../api';
import { downloadFile } from '../../ui/download';
import { EmptyState } from '../../ui/EmptyState';
import { useResult } from '../../ui/useResult';
import { useWorkbench } from '../../workbench/WorkbenchContext';
import { quoteText } from '../../../../shared/anchoring/pieces';

const COLUMNS: { id: CodeTableRequest['columns']; label: string }[] = [
  { id: 'tag', label: 'Tags' },
  { id: 'speaker', label: 'Speakers' },
  { id: 'outlet', label: 'Outlets' },
  { id: 'month', label: 'Months' },
];
const TOGETHER: { id: CodeTableRequest['together']; label: string }[] = [
  { id: 'quote', label: 'in the same quote' },
  { id: 'overlap', label: 'in overlapping quotes' },
  { id: 'article', label: 'in the same article' },
];

export function CodeTableView() {
  const wb = useWorkbench();
  const [request, setRequest] = useState<CodeTableRequest>({ columns: 'tag', together: 'quote' });
  const [opened, setOpened] = useState<{ title: string; quoteIds: string[] } | null>(null);
  const table = useResult(() => api.codesTable(request), [request, wb.articles.value, wb.tags.value, wb.actors.value], wb.reportError);
  const quotes = useResult<CitedQuote[]>(opened ? () => api.notesQuotes({ ids: opened.quoteIds }) : null, [opened], wb.reportError);
  const t = table.value;
  const counts = useMemo(() => new Map((t?.cells ?? []).map((c) => [`${c.row}\u0000${c.column}`, c])), [t]);

  const exportCsv = (value: CodeTable) => downloadFile(`code-table-tags-by-${value.request.columns}.csv`, 'text/csv', codeTableCsv(value));
  const openQuote = (cited: CitedQuote) => {
    wb.openView({ kind: 'article', id: cited.article.id });
    wb.selectQuote(cited.quote.id, { scroll: true });
  };

  return (
    <div className="code-table-view">
      <h1 className="code-table-view__title">Code tables</h1>
      <div className="code-table-view__choices">
        <label>
          Tags by{' '}
          <select value={request.columns} onChange={(e) => setRequest({ ...request, columns: e.target.value as CodeTableRequest['columns'] })}>
            {COLUMNS.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </select>
        </label>
        {request.columns === 'tag' && (
          <label>
            counted{' '}
            <select value={request.together} onChange={(e) => setRequest({ ...request, together: e.target.value as CodeTableRequest['together'] })}>
              {TOGETHER.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.label}
                </option>
              ))}
            </select>
          </label>
        )}
        <button type="button" className="button button--small" disabled={!t} onClick={() => t && exportCsv(t)}>
          Export CSV
        </button>
      </div>
      {t && <p className="code-table-view__note">Each number counts {t.counts} (confirmed quotes). Choose a number to see its quotes.</p>}
      {t && t.rows.length === 0 && <EmptyState title="No tags yet">Tag quotes first; their tags make the rows of these tables.</EmptyState>}
      {t && t.rows.length > 0 && (
        <div className="code-table-view__scroll">
          <table className="code-table">
            <thead>
              <tr>
                <th scope="col">Tag</th>
                {t.columns.map((c) => (
                  <th key={c.id} scope="col">
                    {c.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {t.rows.map((r) => (
                <tr key={r.id}>
                  <th scope="row">{r.label}</th>
                  {t.columns.map((c) => {
                    const cell = counts.get(`${r.id}\u0000${c.id}`);
                    return (
                      <td key={c.id}>
                        {cell ? (
                          <button
                            type="button"
                            className="code-table__count"
                            aria-label={`${r.label} × ${c.label}: ${cell.count}`}
                            aria-pressed={opened?.title === `${r.label} × ${c.label}`}
                            onClick={() => setOpened({ title: `${r.label} × ${c.label}`, quoteIds: cell.quoteIds })}
                          >
                            {cell.count}
                          </button>
                        ) : (
                          <span className="code-table__zero">·</span>
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {opened && (
        <section className="code-table-view__quotes" aria-label={opened.title}>
          <h2 className="code-table-view__subtitle">{opened.title}</h2>
          <ul>
            {(quotes.value ?? []).map((cited) => (
              <li key={cited.quote.id}>
                <button type="button" className="code-table-view__quote" onClick={() => openQuote(cited)}>
                  <span className="code-table-view__quote-text">{quoteText(cited.quote.target)}</span>
                  <span className="code-table-view__quote-source">{cited.article.title}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
