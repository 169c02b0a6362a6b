/** Dragging a quote into a note: what the drag carries and what a drop accepts. */
import { describe, expect, it } from 'vitest';
import { isQuoteDrag, QUOTE_DRAG_TYPE, readQuoteDrag, setQuoteDragData } from '../../../../../src/renderer/src/features/notes/quoteDrag';

class FakeDataTransfer {
  data = new Map<string, string>();
  effectAllowed = '';
  get types() {
    return [...this.data.keys()];
  }
  setData(type: string, value: string) {
    this.data.set(type, value);
  }
  getData(type: string) {
    return this.data.get(type) ?? '';
  }
}
const transfer = () => new FakeDataTransfer() as unknown as DataTransfer;

describe('quote drags', () => {
  it('carries the quote id and words, plus the words as plain text for other drop targets', () => {
    const dt = transfer();
    setQuoteDragData(dt, { id: 'q_1', target: { exact: 'Putin must not win.' } });
    expect(isQuoteDrag(dt)).toBe(true);
    expect(readQuoteDrag(dt)).toEqual({ quoteId: 'q_1', citedText: 'Putin must not win.' });
    expect(dt.getData('text/plain')).toBe('“Putin must not win.”');
  });

  it.each([
    ['nothing', null],
    ['not JSON', '{'],
    ['a path-like id', JSON.stringify({ quoteId: '../../etc/passwd', citedText: 'x' })],
    ['no id', JSON.stringify({ citedText: 'x' })],
  ])('refuses a drop carrying %s', (_name, value) => {
    const dt = transfer();
    if (value !== null) dt.setData(QUOTE_DRAG_TYPE, value);
    expect(readQuoteDrag(dt)).toBeNull();
  });

  it('ignores drags that carry no quote', () => {
    const dt = transfer();
    dt.setData('text/plain', 'hello');
    expect(isQuoteDrag(dt)).toBe(false);
    expect(isQuoteDrag(null)).toBe(false);
  });
});
