/**
 * The browser edition gives each tab its own one-time address, so a new tab, a bookmark or an
 * address from the history opens the app without access. Say so plainly above the panes, with
 * what to do, instead of leaving empty panes and scattered errors.
 */
import { useEffect, useState } from 'react';
import { accessRefusal, onAccessRefusal } from '../../api';
import { IconWarning } from '../../ui/icons';
import { withCode } from '../../ui/toasts';

export function AccessNotice() {
  const [message, setMessage] = useState(accessRefusal);
  useEffect(() => {
    setMessage(accessRefusal());
    return onAccessRefusal(setMessage);
  }, []);
  if (!message) return null;
  return (
    <section className="banner banner--danger access-notice" role="alert" aria-label="No access to the notebook">
      <IconWarning />
      <div>
        <p className="banner__title">This tab has no access to your notebook</p>
        <p>{withCode(message)}</p>
      </div>
    </section>
  );
}
