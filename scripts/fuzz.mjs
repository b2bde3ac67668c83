#!/usr/bin/env node
/**
 * `npm run fuzz`: the fast-check properties of test/properties.test.ts (no
 * throw, valid offsets, conservation, idempotence, determinism) with 100,000
 * cases each instead of CI's 1,000.
 *
 *   node scripts/fuzz.mjs            # 100,000 cases
 *   node scripts/fuzz.mjs 20000      # another count
 *   FC_RUNS=5000 node scripts/fuzz.mjs
 *   FC_SEED=675598440 node scripts/fuzz.mjs   # replay the seed a failure printed
 *
 * It runs the same test file, so CI and the fuzzer never drift apart. CI
 * runs from a fixed seed (test/fast-check-seed.ts), so that one commit gets
 * one verdict; the fuzzer draws a new seed each run to look further, and a
 * failure prints fast-check's seed and path to replay the counterexample.
 * Timeouts are off: 100,000 cases take minutes, not seconds.
 */
import {spawnSync} from 'node:child_process'
import {fileURLToPath} from 'node:url'

const DEFAULT_RUNS = 100_000
const root = fileURLToPath(new URL('..', import.meta.url))
const vitest = fileURLToPath(new URL('../node_modules/vitest/vitest.mjs', import.meta.url))

const requested = process.argv[2] ?? process.env.FC_RUNS ?? String(DEFAULT_RUNS)
const runs = Number(requested)
if (!Number.isSafeInteger(runs) || runs < 1) {
  console.error(`fuzz: expected a positive whole number of cases, got ${JSON.stringify(requested)}`)
  process.exit(2)
}

console.log(`fuzz: ${runs.toLocaleString('en')} cases per property`)
const started = Date.now()
const result = spawnSync(
  process.execPath,
  [vitest, 'run', 'test/properties.test.ts', '--testTimeout=0', '--hookTimeout=0', '--reporter=verbose'],
  {cwd: root, stdio: 'inherit', env: {...process.env, FC_RUNS: String(runs)}}
)
console.log(`fuzz: finished in ${((Date.now() - started) / 1000).toFixed(0)} s`)
if (result.error) {
  console.error(`fuzz: could not start vitest: ${result.error.message}`)
  process.exit(2)
}
process.exit(result.status ?? 1)
