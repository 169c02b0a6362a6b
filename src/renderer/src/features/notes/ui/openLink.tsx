/**
 * Opening a note's link outside the app, only for http(s) and mailto and only after the analyst
 * has seen the full address and confirmed. In the desktop app the main process asks again before
 * handing the link to the browser (it trusts no page), so web links go straight to that question.
 */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { safeLinkUrl } from '../../../../../shared/editor/linkUrl';
import { transportKind } from '../../../api';
import { Modal } from '../../../ui/Modal';

interface LinkOpener {
  /** Asks to open `url`; refused (with a message) when it is not an allowed link. */
  openLink: (url: string) => void;
}

const LinkOpenerContext = createContext<LinkOpener>({ openLink: () => {} });

/** The link opener of the enclosing <LinkOpenerProvider>. */
export const useLinkOpener = (): LinkOpener => useContext(LinkOpenerContext);

/** The full, normalised address the confirmation shows and the browser receives. */
function normalised(url: string): string | null {
  const safe = safeLinkUrl(url);
  if (!safe) return null;
  try {
    return new URL(safe).href;
  } catch {
    return null;
  }
}

export function LinkOpenerProvider({ children, onRefused }: { children: ReactNode; onRefused: (message: string) => void }) {
  const [pending, setPending] = useState<string | null>(null);

  const openLink = useCallback(
    (url: string) => {
      const target = normalised(url);
      if (!target) {
        onRefused(`This link was not opened: only web (http, https) and e-mail (mailto) links can be opened, and “${url.slice(0, 200)}” is neither.`);
        return;
      }
      // The desktop shell asks itself (showing the full address) before anything leaves the app.
      if (transportKind === 'electron') window.open(target, '_blank', 'noopener,noreferrer');
      else setPending(target);
    },
    [onRefused],
  );

  const value = useMemo(() => ({ openLink }), [openLink]);
  const confirm = () => {
    if (pending) window.open(pending, '_blank', 'noopener,noreferrer');
    setPending(null);
  };
  const isMail = pending?.startsWith('mailto:');
  return (
    <LinkOpenerContext.Provider value={value}>
      {children}
      {pending !== null && (
        <Modal
          className="note-dialog"
          title={isMail ? 'Write an e-mail?' : 'Open this link in your browser?'}
          onClose={() => setPending(null)}
          onSubmit={confirm}
          actions={
            <>
              <button type="button" className="button" onClick={() => setPending(null)}>
                Cancel
              </button>
              <button type="submit" className="button button--primary" autoFocus>
                {isMail ? 'Open e-mail app' : 'Open link'}
              </button>
            </>
          }
        >
          <div className="note-dialog__body">
            <p>{isMail ? 'Your e-mail app will open a message to:' : 'The page will open outside Quotebook, in your browser:'}</p>
            <p className="note-dialog__url" data-testid="link-confirm-url">
              {pending}
            </p>
            <p className="qb-modal__hint">Check that the address is the one you expect before you open it.</p>
          </div>
        </Modal>
      )}
    </LinkOpenerContext.Provider>
  );
}
