/**
 * CPU profile of `cleanArticle` over every eval input: where the time goes,
 * by function, for finding hot spots.
 *
 *   npm run build && node bench/profile.js [top=15]
 *
 * Re-runs itself under `node --cpu-prof` (profile in bench/out/profile/), then
 * prints the functions with the most self time and the package's functions
 * with the most total (inclusive) time.
 */
import {spawnSync} from 'node:child_process'
import {mkdirSync, readdirSync, readFileSync, statSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'

const PROFILE_DIR = fileURLToPath(new URL('out/profile/', import.meta.url))
const top = Number(process.argv[2] ?? 15)

if (process.env.UNSPUN_PROFILE_CHILD === '1') {
  const {cleanArticle} = await import('../dist/index.js')
  const {loadTextPages} = await import('./eval-data.js')
  const pages = loadTextPages()
  for (const page of pages) cleanArticle(page.text)
} else {
  mkdirSync(PROFILE_DIR, {recursive: true})
  const started = Date.now()
  const result = spawnSync(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${PROFILE_DIR}`, fileURLToPath(import.meta.url)], {
    stdio: 'inherit',
    env: {...process.env, UNSPUN_PROFILE_CHILD: '1'}
  })
  if (result.status !== 0) process.exit(result.status ?? 1)
  const newest = readdirSync(PROFILE_DIR)
    .filter((name) => name.endsWith('.cpuprofile'))
    .map((name) => join(PROFILE_DIR, name))
    .filter((path) => statSync(path).mtimeMs >= started - 1000)
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0]
  if (!newest) throw new Error('profile: no .cpuprofile written')
  summarize(JSON.parse(readFileSync(newest, 'utf8')), newest)
}

/** Print self and inclusive time per function of a V8 CPU profile. */
function summarize(profile, path) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]))
  const parent = new Map()
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id)
  const sampled = new Map()
  profile.samples.forEach((id, i) => sampled.set(id, (sampled.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)))
  const name = (node) => {
    const {functionName, url, lineNumber} = node.callFrame
    const file = url.replace(/^.*\/(node_modules|dist)\//, '$1/').replace(/^file:\/\/.*\//, '')
    return `${functionName || '(anonymous)'}  ${file}${url ? `:${lineNumber + 1}` : ''}`
  }
  const self = new Map()
  const total = new Map()
  let all = 0
  for (const [id, time] of sampled) {
    all += time
    const key = name(nodes.get(id))
    self.set(key, (self.get(key) ?? 0) + time)
    const seen = new Set()
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const k = name(nodes.get(at))
      if (seen.has(k)) continue
      seen.add(k)
      total.set(k, (total.get(k) ?? 0) + time)
    }
  }
  const list = (map, filter) =>
    [...map]
      .filter(([key]) => filter(key))
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([key, time]) => `${((100 * time) / all).toFixed(1).padStart(5)}%  ${(time / 1e6).toFixed(1).padStart(6)} s  ${key}`)
      .join('\n')
  console.log(`profile: ${path} (${(all / 1e6).toFixed(1)} s sampled)\n`)
  console.log(`Most self time:\n${list(self, () => true)}\n`)
  console.log(`Package functions, most total time:\n${list(total, (key) => key.includes(' dist/') && !/pipeline\.js|\bcleanArticle\b/.test(key))}`)
}
