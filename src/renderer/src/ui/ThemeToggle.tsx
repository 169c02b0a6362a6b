/** Cycles the colour theme: follow the system → light → dark. */
import { IconMoon, IconSun, IconSystem } from './icons';
import { nextTheme, type ThemeChoice } from './theme';

const LABEL: Record<ThemeChoice, string> = { system: 'System theme', light: 'Light theme', dark: 'Dark theme' };

export function ThemeToggle({ choice, onChange }: { choice: ThemeChoice; onChange: (choice: ThemeChoice) => void }) {
  const next = nextTheme(choice);
  return (
    <button
      type="button"
      className="icon-button"
      onClick={() => onChange(next)}
      aria-label={`${LABEL[choice]} (switch to ${LABEL[next].toLowerCase()})`}
      title={`${LABEL[choice]} — click for ${LABEL[next].toLowerCase()}`}
    >
      {choice === 'system' ? <IconSystem /> : choice === 'light' ? <IconSun /> : <IconMoon />}
    </button>
  );
}
