/**
 * Agreement between coders as a workspace view kind ("agreement:notebook"), registered in
 * workbench/registry; the view is loaded on first use.
 */
import { lazy, Suspense } from 'react';
import type { ViewKind } from '../../workbench/registry';
import type { Command } from '../../workbench/commands';

const AgreementView = lazy(() => import('./AgreementView'));

export const agreementView: ViewKind = {
  title: () => 'Agreement',
  Component: () => (
    <Suspense fallback={<p className="pane-note">Loading…</p>}>
      <AgreementView />
    </Suspense>
  ),
};

export const agreementCommands: Command[] = [
  { id: 'agreement.open', title: 'Compare coding with another coder (agreement)…', group: 'Notebook', run: (wb) => wb.openView({ kind: 'agreement', id: 'notebook' }) },
];
