/** Direct quote / indirect / paraphrase as a segmented radio group (arrow keys move, as radios do). */
import { useId, type Ref } from 'react';
import type { QuoteKind } from '../../../../shared/model';

export const KIND_LABEL: Record<QuoteKind, string> = { direct: 'Direct quote', indirect: 'Indirect quote', paraphrase: 'Paraphrase' };
const SHORT: Record<QuoteKind, string> = { direct: 'Direct', indirect: 'Indirect', paraphrase: 'Paraphrase' };
const HINT: Record<QuoteKind, string> = {
  direct: 'The speaker’s own words, in quotation marks',
  indirect: 'Reported speech: what the speaker said, in the writer’s words (“she said that…”)',
  paraphrase: 'The gist of what was said, summarised',
};

export function KindPicker({ value, onChange, inputRef }: { value: QuoteKind; onChange: (kind: QuoteKind) => void; inputRef?: Ref<HTMLInputElement> }) {
  const name = useId();
  return (
    <div className="kind-picker" role="radiogroup" aria-label="Kind of quote">
      {(['direct', 'indirect', 'paraphrase'] as const).map((kind) => (
        <label key={kind} className="kind-picker__option" title={HINT[kind]}>
          <input
            type="radio"
            name={name}
            value={kind}
            checked={value === kind}
            onChange={() => onChange(kind)}
            ref={value === kind ? inputRef : undefined}
          />
          <span>{SHORT[kind]}</span>
        </label>
      ))}
    </div>
  );
}
