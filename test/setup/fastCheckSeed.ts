/**
 * Property tests (fast-check) run with one fixed seed, so `npm test` gives the same answer on every
 * machine and every run. To explore new random cases, run with FC_SEED=random (or FC_SEED=<n> to
 * replay a seed a failure printed); a case found that way becomes a table-driven test.
 */
import fc from 'fast-check';

const wanted = process.env.FC_SEED;
if (wanted !== 'random') fc.configureGlobal({ seed: wanted ? Number(wanted) : 20_261_127 });
