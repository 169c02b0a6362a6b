/**
 * Who else has this notebook open, under the team sync line: teammates the team server saw at the
 * last round, and this computer's other windows (or tabs), which the live channel counts. Nothing
 * when this window is alone with the notebook.
 */
import { useEffect, useState } from 'react';
import { live, transportKind } from '../../api';
import { whoIsOnline } from './whoIsOnline';

export function OnlineLine({ teammates }: { teammates: readonly { id: string; name: string }[] }) {
  const [windows, setWindows] = useState(() => live.presence()?.windows ?? 0);
  useEffect(() => {
    setWindows(live.presence()?.windows ?? 0);
    return live.onPresence((presence) => setWindows(presence?.windows ?? 0));
  }, []);
  const text = whoIsOnline({ teammates, windows, windowWord: transportKind === 'electron' ? 'window' : 'tab' });
  if (!text) return null;
  return (
    <p className="online-line" role="status" aria-label="Who is online" title={teammates.map((member) => member.name).join(', ') || undefined}>
      <span className="online-line__dot" aria-hidden="true" />
      {text}
    </p>
  );
}
