/**
 * The footer's "who else has this notebook open": teammates the team server saw online (by name)
 * and the other windows or tabs of this machine (the same analyst, so counted, not named).
 */
import { dotted, joinNames, plural } from '../../ui/format';

export interface OnlineFacts {
  /** Teammates online, by name (the team server's answer at the last round; this analyst left out). */
  teammates: readonly { id: string; name: string }[];
  /** Windows (or tabs) with the notebook open through this computer's Quotebook, this one included; 0 when unknown. */
  windows: number;
  /** What the front door calls a window: 'window' in the desktop app, 'tab' in the browser edition. */
  windowWord: 'window' | 'tab';
}

/** Names shown before "and N others": the footer is one narrow column. */
const NAMES_SHOWN = 3;

/** The line to show, or null when nobody else has the notebook open. */
export function whoIsOnline({ teammates, windows, windowWord }: OnlineFacts): string | null {
  const names = teammates.map((member) => member.name);
  const team = names.length
    ? `Online: ${names.length > NAMES_SHOWN ? `${names.slice(0, NAMES_SHOWN).join(', ')} and ${plural(names.length - NAMES_SHOWN, 'other')}` : joinNames(names)}`
    : null;
  const others = Math.max(0, windows - 1);
  const here = others ? `${team ? 'also' : 'Also'} open in ${plural(others, `other ${windowWord}`)} here` : null;
  return team || here ? dotted(team, here) : null;
}
