/** Line icons of the quote editor, drawn like ui/icons.tsx (inline, no fonts or network). */
import type { ReactNode } from 'react';

function Icon({ children }: { children: ReactNode }) {
  return (
    <svg width={16} height={16} viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
      {children}
    </svg>
  );
}

export const IconTrash = () => (
  <Icon>
    <path d="M3 4.5h10M6.5 4.5V3h3v1.5M4.5 4.5l.6 8.5h5.8l.6-8.5" />
    <path d="M7 7v4M9 7v4" />
  </Icon>
);

export const IconLocate = () => (
  <Icon>
    <circle cx="8" cy="8" r="4" />
    <path d="M8 1.5V4M8 12v2.5M1.5 8H4M12 8h2.5" />
  </Icon>
);

export const IconFilter = () => (
  <Icon>
    <path d="M2.5 3.5h11l-4.2 5v4l-2.6 1v-5z" />
  </Icon>
);
