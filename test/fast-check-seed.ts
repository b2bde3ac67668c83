/**
 * fast-check's seed for a test run (a vitest setup file). CI must give one
 * verdict on one commit, so without `FC_RUNS` (CI, `npm test`) every
 * property runs its cases from a fixed seed. `npm run fuzz` sets `FC_RUNS`
 * and draws a new seed each run, to explore; `FC_SEED` replays a seed a
 * failure printed.
 */
import fc from 'fast-check'

/** The seed of `npm test`: any fixed number will do. */
const CI_SEED = 20_261_202

const replay = process.env.FC_SEED
if (replay !== undefined) fc.configureGlobal({seed: Number(replay)})
else if (process.env.FC_RUNS === undefined) fc.configureGlobal({seed: CI_SEED})
