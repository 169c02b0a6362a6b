/**
 * The navigator pane: a row of section tabs (Articles, Notes, Actors, Tags) over the chosen
 * section. The choice is remembered; Alt+1…4 switch sections from anywhere.
 */
import { useEffect, type KeyboardEvent } from 'react';
import { usePersistentState } from '../ui/usePersistentState';
import { navigatorSections } from './registry';

const acceptSection = (value: unknown) => (typeof value === 'string' && navigatorSections.some((s) => s.id === value) ? value : null);

export function Navigator() {
  const [sectionId, setSectionId] = usePersistentState('navigatorSection', 'articles', acceptSection);
  const section = navigatorSections.find((s) => s.id === sectionId) ?? navigatorSections[0]!;

  useEffect(() => {
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (!event.altKey || event.ctrlKey || event.metaKey) return;
      const index = Number(event.key) - 1;
      const target = navigatorSections[index];
      if (target) {
        event.preventDefault();
        setSectionId(target.id);
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [setSectionId]);

  // Arrow keys move along the tab row, as in any tablist.
  const onTabKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = navigatorSections.findIndex((s) => s.id === section.id);
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const next = navigatorSections[(index + step + navigatorSections.length) % navigatorSections.length]!;
    setSectionId(next.id);
    document.getElementById(`nav-tab-${next.id}`)?.focus();
  };

  const Section = section.Component;
  return (
    <div className="navigator">
      <div className="section-tabs" role="tablist" aria-label="Navigator sections" onKeyDown={onTabKeyDown}>
        {navigatorSections.map((s, i) => (
          <button
            key={s.id}
            id={`nav-tab-${s.id}`}
            type="button"
            role="tab"
            className="section-tab"
            aria-selected={s.id === section.id}
            aria-controls="nav-section"
            tabIndex={s.id === section.id ? 0 : -1}
            title={`${s.title} (Alt+${i + 1})`}
            onClick={() => setSectionId(s.id)}
          >
            {s.icon}
            <span>{s.title}</span>
          </button>
        ))}
      </div>
      <div id="nav-section" className="navigator__section" role="tabpanel" aria-labelledby={`nav-tab-${section.id}`}>
        <Section />
      </div>
    </div>
  );
}
