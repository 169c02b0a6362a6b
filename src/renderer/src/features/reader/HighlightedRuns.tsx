/**
 * A block of article text drawn by React rather than the editor (the headline in the reader's
 * header), with quotes highlighted exactly like the editor's marks and clickable the same way;
 * its text can be selected and quoted like the body's.
 */
import type { SegmentedBlock } from '../../../../shared/text/segments';
import { RUN_START_ATTRIBUTE } from '../../editor/domRanges';
import { markAttributes, pickQuote, type MarkLook } from '../../editor/markDecoration';

export interface HighlightedRunsProps {
  text: string;
  block: SegmentedBlock;
  looks: ReadonlyMap<string, MarkLook>;
  selectedQuoteId: string | null;
  onSelectQuote: (quoteId: string) => void;
}

export function HighlightedRuns({ text, block, looks, selectedQuoteId, onSelectQuote }: HighlightedRunsProps) {
  return (
    <>
      {block.runs.map((run) => {
        const slice = text.slice(run.start, run.end);
        // Each run says where it starts, so a selection in the headline maps to article offsets.
        const at = { [RUN_START_ATTRIBUTE]: run.start };
        if (run.ids.length === 0) return <span key={run.start} {...at}>{slice}</span>;
        const attributes = Object.fromEntries(
          Object.entries(markAttributes(run.ids, looks, selectedQuoteId)).map(([name, value]) => [name, value ?? undefined]),
        );
        return (
          <mark
            key={run.start}
            className={`rd-mark${run.ids.length > 1 ? ' rd-mark--overlap' : ''}`}
            {...attributes}
            {...at}
            onClick={() => {
              const id = pickQuote(run.ids, looks, selectedQuoteId);
              if (id && (window.getSelection()?.isCollapsed ?? true)) onSelectQuote(id);
            }}
          >
            {slice}
          </mark>
        );
      })}
    </>
  );
}
