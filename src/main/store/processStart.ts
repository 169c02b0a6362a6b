/**
 * When a process started, to tell the process that took a lock from a later one that got the same
 * pid. Linux only (from /proc); elsewhere these return null and a live pid is trusted.
 */
import { readFileSync } from 'node:fs';

/** Field 22 of /proc/<pid>/stat: start time in clock ticks after boot, as a string; null if unknown. */
export function processStartTicks(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may hold spaces: count from after it.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = fields[22 - 3];
    return ticks && /^\d+$/.test(ticks) ? ticks : null;
  } catch {
    return null;
  }
}

/** This boot of the machine (Linux); null elsewhere. */
export function currentBootId(): string | null {
  try {
    return readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim() || null;
  } catch {
    return null;
  }
}
