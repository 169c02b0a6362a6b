/** Whose coding to compare with mine: another notebook, a JSON export, or two coders of this notebook. */
import { useId, useState } from 'react';
import type { AgreementSource, CoderSummary } from '../../../../shared/agreement/api';
import { transportKind } from '../../api';
import { usePersistentState } from '../../ui/usePersistentState';

export interface SourceFormProps {
  coders: CoderSummary[];
  busy: boolean;
  onCompare: (source: AgreementSource) => void;
}

type Kind = AgreementSource['kind'];
const acceptString = (v: unknown) => (typeof v === 'string' ? v : null);
const acceptKind = (v: unknown): Kind | null => (v === 'notebook' || v === 'export' || v === 'authors' ? v : null);

export function SourceForm({ coders, busy, onCompare }: SourceFormProps) {
  const id = useId();
  const [kind, setKind] = usePersistentState<Kind>('agreement.kind', 'notebook', acceptKind);
  const [dir, setDir] = usePersistentState('agreement.notebook', '', acceptString);
  const [file, setFile] = usePersistentState('agreement.export', '', acceptString);
  const [uploaded, setUploaded] = useState<{ name: string; text: string } | null>(null);
  const [mine, setMine] = useState(coders[0]?.id ?? '');
  const [theirs, setTheirs] = useState(coders[1]?.id ?? '');
  const where = transportKind === 'electron' ? 'on this computer' : 'on the computer running Quotebook';

  const submit = () => {
    if (kind === 'notebook') onCompare({ kind, dir: dir.trim() });
    else if (kind === 'export') onCompare(uploaded ? { kind, text: uploaded.text } : { kind, file: file.trim() });
    else onCompare({ kind, mine: mine || coders[0]?.id || '', theirs: theirs || coders[1]?.id || '' });
  };
  const ready = kind === 'notebook' ? dir.trim() !== '' : kind === 'export' ? uploaded !== null || file.trim() !== '' : coders.length >= 2;

  return (
    <form
      className="agreement__form"
      onSubmit={(event) => {
        event.preventDefault();
        if (ready && !busy) submit();
      }}
    >
      <fieldset className="agreement__sources">
        <legend>Compare my coding with</legend>
        <label className="agreement__source">
          <input type="radio" name={`${id}-kind`} checked={kind === 'notebook'} onChange={() => setKind('notebook')} />
          <span>Another coder’s notebook</span>
        </label>
        {kind === 'notebook' && (
          <label className="agreement__path">
            Notebook folder {where}
            <input type="text" spellCheck={false} placeholder="/home/you/Ben.quotebook" value={dir} onChange={(e) => setDir(e.target.value)} />
          </label>
        )}
        <label className="agreement__source">
          <input type="radio" name={`${id}-kind`} checked={kind === 'export'} onChange={() => setKind('export')} />
          <span>A JSON export of their notebook</span>
        </label>
        {kind === 'export' && (
          <div className="agreement__path">
            <label>
              Export file {where}
              <input type="text" spellCheck={false} placeholder="/home/you/Ben.json" value={uploaded ? '' : file} disabled={uploaded !== null} onChange={(e) => setFile(e.target.value)} />
            </label>
            <label className="agreement__upload">
              or choose the file:{' '}
              <input
                type="file"
                accept=".json,application/json"
                onChange={async (e) => {
                  const chosen = e.target.files?.[0];
                  setUploaded(chosen ? { name: chosen.name, text: await chosen.text() } : null);
                }}
              />
            </label>
          </div>
        )}
        <label className="agreement__source">
          <input type="radio" name={`${id}-kind`} checked={kind === 'authors'} onChange={() => setKind('authors')} />
          <span>Two coders of this notebook</span>
        </label>
        {kind === 'authors' &&
          (coders.length < 2 ? (
            <p className="agreement__muted agreement__path">
              {coders.length === 0 ? 'No quote here records who marked it yet.' : `Only ${coders[0]!.name} has marked quotes here so far.`} Quotes record their author when coders work in a shared, live notebook.
            </p>
          ) : (
            <div className="agreement__coders agreement__path">
              {(
                [
                  ['Mine', mine, setMine],
                  ['Theirs', theirs, setTheirs],
                ] as const
              ).map(([label, value, set]) => (
                <label key={label}>
                  {label}
                  <select value={value} onChange={(e) => set(e.target.value)}>
                    {coders.map((c) => (
                      <option key={c.id} value={c.id}>
                        {c.name} ({c.quotes})
                      </option>
                    ))}
                  </select>
                </label>
              ))}
            </div>
          ))}
      </fieldset>
      <button type="submit" className="button button--primary" disabled={!ready || busy} aria-busy={busy}>
        {busy ? 'Comparing…' : 'Compare'}
      </button>
    </form>
  );
}
