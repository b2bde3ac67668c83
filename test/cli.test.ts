/**
 * The `unspun` command, run as users run it: the built dist/cli/main.js in a
 * child process, with its exit code, stdout and stderr checked exactly.
 */
import {spawnSync} from 'node:child_process'
import {existsSync, mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {parseCli} from '../src/cli/args.js'
import {cutLines, parseItem, readLines} from '../src/cli/ndjson.js'
import {chooseShape} from '../src/cli/plan.js'
import {runOrdered} from '../src/cli/pool.js'
import {createProgress, formatDuration, formatProgress} from '../src/cli/progress.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const cli = path.join(root, 'dist/cli/main.js')
const RIVER = 'test/fixtures/cli/river.txt'
const LIBRARY = 'test/fixtures/cli/more/library.txt'
const NOTICE = 'test/fixtures/cli/more/notice.html'
const SEED = 'test/fixtures/kazakhstan-exiles.txt'

interface Run {
  code: number | null
  stdout: string
  stderr: string
}

function run(args: string[], input?: string): Run {
  const result = spawnSync(process.execPath, [cli, ...args], {cwd: root, input: input ?? '', encoding: 'utf8', maxBuffer: 64 * 1024 * 1024})
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

function lines(text: string): Array<Record<string, unknown>> {
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>)
}

let scratch = ''

beforeAll(() => {
  if (!existsSync(cli)) throw new Error('dist/cli/main.js is missing: run `npm run build` first (npm test does)')
  scratch = mkdtempSync(path.join(tmpdir(), 'unspun-cli-'))
})

afterAll(() => {
  rmSync(scratch, {recursive: true, force: true})
})

describe('one input', () => {
  // A scraper that saved a page's HTML into a .txt file: read as the text it holds, unless --no-markup.
  it('reads HTML saved as text as its text, and keeps it as written with --no-markup', () => {
    const paragraphs = readFileSync(path.join(root, RIVER), 'utf8').split('\n').filter((line) => line.length > 120)
    expect(paragraphs.length).toBeGreaterThanOrEqual(3)
    const input = paragraphs.map((p) => `<p>${p}</p>`).join('\n')
    const cleaned = JSON.parse(run(['-'], input).stdout) as {paragraphs: string[]}
    expect(cleaned.paragraphs).toEqual(paragraphs)
    const kept = JSON.parse(run(['-', '--no-markup'], input).stdout) as {paragraphs: string[]}
    expect(kept.paragraphs).toEqual(paragraphs.map((p) => `<p>${p}</p>`))
  })

  it('prints the article as JSON, without an id', () => {
    const {code, stdout, stderr} = run([RIVER])
    expect(code).toBe(0)
    expect(stderr).toBe('')
    const article = JSON.parse(stdout) as Record<string, unknown>
    expect(article.id).toBeUndefined()
    expect(article.title).toBe('River Trust Opens New Wetland Reserve')
    expect(article.date).toBe('2024-03-04')
    expect(article.authors).toEqual(['Maria Lopez'])
    expect((article.paragraphs as string[]).length).toBe(3)
    expect((article.removed as Array<{kind: string}>).map((span) => span.kind)).toEqual(['navigation', 'title', 'byline', 'dateline', 'share', 'copyright'])
  })

  it('prints title, date · authors and the body with --text', () => {
    const {code, stdout} = run(['--text', RIVER])
    expect(code).toBe(0)
    const [title, meta, blank, first] = stdout.split('\n')
    expect([title, meta, blank]).toEqual(['River Trust Opens New Wetland Reserve', '2024-03-04 · Maria Lopez', ''])
    expect(first).toMatch(/^The river trust opened a new wetland reserve on Saturday/)
    expect(stdout).not.toContain('Share on Facebook')
    expect(stdout).not.toContain('©')
  })

  it('reads plain text from stdin when no input is given', () => {
    const {code, stdout} = run([], readFileSync(path.join(root, RIVER), 'utf8'))
    expect(code).toBe(0)
    expect((JSON.parse(stdout) as {title: string}).title).toBe('River Trust Opens New Wetland Reserve')
  })

  it('treats stdin whose first line is JSON but not a page as text', () => {
    const {code, stdout} = run(['-'], '{"id": 1, "body": "no text field"}\nsecond line\n')
    expect(code).toBe(0)
    const article = JSON.parse(stdout) as {id?: string; paragraphs: string[]}
    expect(article.id).toBeUndefined()
    expect(stdout).not.toContain('"line 1"')
  })

  it('cleans .html files as HTML, by their extension', () => {
    const {code, stdout} = run([NOTICE])
    expect(code).toBe(0)
    const article = JSON.parse(stdout) as {title: string; paragraphs: string[]; body: string}
    expect(article.title).toBe('Bridge Closed for Repairs')
    expect(article.paragraphs.length).toBe(2)
    expect(article.body).not.toContain('<p>')
    expect(article.body).not.toContain('Home')
  })
})

describe('several inputs', () => {
  it('prints NDJSON with ids, in the order given', () => {
    const {code, stdout, stderr} = run([LIBRARY, RIVER])
    expect(code).toBe(0)
    expect(stderr).toBe('')
    const articles = lines(stdout)
    expect(articles.map((article) => article.id)).toEqual([LIBRARY, RIVER])
    expect(articles.map((article) => article.title)).toEqual(['Town Library Extends Its Opening Hours', 'River Trust Opens New Wetland Reserve'])
  })

  it('expands a directory recursively, sorted, skipping files that are not pages', () => {
    const {code, stdout} = run(['test/fixtures/cli'])
    expect(code).toBe(0)
    const ids = lines(stdout).map((article) => article.id)
    expect(ids).toEqual(['test/fixtures/cli/more/library.txt', 'test/fixtures/cli/more/notice.html', 'test/fixtures/cli/river.txt'])
    expect(ids).not.toContain('test/fixtures/cli/more/notes.json')
  })

  it('expands a glob, and cleans a file reached twice once', () => {
    const {code, stdout} = run(['test/fixtures/cli/**/*.txt', RIVER])
    expect(code).toBe(0)
    expect(lines(stdout).map((article) => article.id)).toEqual(['test/fixtures/cli/more/library.txt', 'test/fixtures/cli/river.txt'])
  })

  it('writes a JSON array with --json and headed texts with --text', () => {
    const json = run(['--json', RIVER, LIBRARY])
    const array = JSON.parse(json.stdout) as Array<{id: string}>
    expect(array.map((article) => article.id)).toEqual([RIVER, LIBRARY])
    const text = run(['--text', RIVER, LIBRARY])
    expect(text.stdout.split('\n').filter((line) => line.startsWith('==> '))).toEqual([`==> ${RIVER} <==`, `==> ${LIBRARY} <==`])
  })

  it('gives the same output, in the same order, with two worker threads as with one', () => {
    const inputs = [SEED, LIBRARY, RIVER, NOTICE]
    const one = run(['--jobs', '1', ...inputs])
    const two = run(['--jobs', '2', ...inputs])
    expect(two.code).toBe(0)
    expect(two.stdout).toBe(one.stdout)
    expect(lines(two.stdout).map((article) => article.id)).toEqual(inputs)
  })
})

describe('NDJSON on stdin', () => {
  const ndjson = [
    JSON.stringify({id: 'river', text: readFileSync(path.join(root, RIVER), 'utf8')}),
    '',
    JSON.stringify({id: 'bridge', html: readFileSync(path.join(root, NOTICE), 'utf8')}),
    JSON.stringify({id: 7, text: readFileSync(path.join(root, LIBRARY), 'utf8')})
  ].join('\n')

  it('cleans each {id, text} and {id, html} line, in order', () => {
    const {code, stdout, stderr} = run(['-'], ndjson + '\n')
    expect(code).toBe(0)
    expect(stderr).toBe('')
    const articles = lines(stdout)
    expect(articles.map((article) => article.id)).toEqual(['river', 'bridge', '7'])
    expect(articles.map((article) => article.title)).toEqual([
      'River Trust Opens New Wetland Reserve',
      'Bridge Closed for Repairs',
      'Town Library Extends Its Opening Hours'
    ])
    // Only the HTML page carries the text extracted from it.
    expect(articles.map((article) => typeof article.text)).toEqual(['undefined', 'string', 'undefined'])
  })

  it('puts the stream in its place among files, with two worker threads', () => {
    const {code, stdout} = run(['--jobs', '2', RIVER, '-', LIBRARY], ndjson + '\n')
    expect(code).toBe(0)
    expect(lines(stdout).map((article) => article.id)).toEqual([RIVER, 'river', 'bridge', '7', LIBRARY])
  })

  it('fails a bad line by its line number and still writes the others', () => {
    const {code, stdout, stderr} = run(['-'], `${JSON.stringify({id: 'a', text: 'Some text here.'})}\nnot json\n{"id": "b"}\n`)
    expect(code).toBe(1)
    expect(lines(stdout).map((article) => article.id)).toEqual(['a'])
    expect(stderr).toBe('unspun: line 2: not a JSON object\nunspun: b: expected a string "text" or "html"\n')
  })
})

describe('--out', () => {
  it('writes one JSON file per input, named after it, and nothing to stdout', () => {
    const out = path.join(scratch, 'json')
    const {code, stdout} = run(['--out', out, 'test/fixtures/cli'])
    expect(code).toBe(0)
    expect(stdout).toBe('')
    expect(readdirSync(out, {recursive: true}).map(String).sort()).toEqual(['more', 'more/library.json', 'more/notice.json', 'river.json'])
    const river = JSON.parse(readFileSync(path.join(out, 'river.json'), 'utf8')) as {title: string}
    expect(river.title).toBe('River Trust Opens New Wetland Reserve')
  })

  it('writes .txt files with --text, and NDJSON ids as safe names', () => {
    const out = path.join(scratch, 'text')
    const input = [{id: '../escape/me', text: 'A line of text.'}, {id: 'same', text: 'One.'}, {id: 'same', text: 'Two.'}].map((line) => JSON.stringify(line)).join('\n')
    const {code} = run(['--text', '--out', out, '-'], input)
    expect(code).toBe(0)
    expect(readdirSync(out, {recursive: true}).map(String).sort()).toEqual(['escape', 'escape/me.txt', 'same-2.txt', 'same.txt'])
    expect(existsSync(path.join(scratch, 'escape'))).toBe(false)
  })
})

describe('errors and exit codes', () => {
  it('exits 2 with one line when the single file is missing', () => {
    const {code, stdout, stderr} = run(['no/such/page.txt'])
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toBe('unspun: no/such/page.txt: no such file\n')
  })

  it('exits 2 when a single glob matches nothing', () => {
    const {code, stderr} = run(['test/fixtures/cli/*.nothing'])
    expect(code).toBe(2)
    expect(stderr).toBe('unspun: test/fixtures/cli/*.nothing: no file matches this pattern\n')
  })

  it('exits 1 when some of several inputs fail, writing the good ones', () => {
    const {code, stdout, stderr} = run([RIVER, 'missing.txt', LIBRARY, 'test/fixtures/cli/*.nothing'])
    expect(code).toBe(1)
    expect(lines(stdout).map((article) => article.id)).toEqual([RIVER, LIBRARY])
    expect(stderr).toBe('unspun: missing.txt: no such file\nunspun: test/fixtures/cli/*.nothing: no file matches this pattern\n')
  })

  it('exits 2 on an unknown flag, a bad value or conflicting formats', () => {
    expect(run(['--frobnicate', RIVER])).toEqual({code: 2, stdout: '', stderr: "unspun: Unknown option '--frobnicate'.\n"})
    expect(run(['--jobs', 'two', RIVER]).stderr).toBe('unspun: --jobs expects a whole number of at least 1, got "two"\n')
    expect(run(['--preset', 'fast', RIVER]).code).toBe(2)
    expect(run(['--json', '--ndjson', RIVER]).stderr).toBe('unspun: choose one of --json, --ndjson\n')
    expect(run(['--out', 'x', '-o', 'y', RIVER]).code).toBe(2)
  })

  it('shows help and the version', () => {
    const help = run(['--help'])
    expect(help.code).toBe(0)
    expect(help.stdout.startsWith('Usage: unspun [options] [files | dirs | globs | -]\n')).toBe(true)
    const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {version: string}
    expect(run(['--version'])).toEqual({code: 0, stdout: manifest.version + '\n', stderr: ''})
  })

  it('draws no progress bar when stderr is piped', () => {
    const {code, stderr} = run(['--jobs', '2', 'test/fixtures/cli', SEED])
    expect(code).toBe(0)
    expect(stderr).toBe('')
  })
})

describe('report command', () => {
  it('writes one HTML page for the inputs', () => {
    const file = path.join(scratch, 'report.html')
    const {code, stdout} = run(['report', SEED, RIVER, '-o', file])
    expect(code).toBe(0)
    expect(stdout).toBe('')
    const html = readFileSync(file, 'utf8')
    expect(html.startsWith('<!doctype html>')).toBe(true)
    expect(html).toContain(`data-id="${SEED}"`)
    expect(html).toContain(`data-id="${RIVER}"`)
  })

  it('writes to stdout with -o -, and refuses output flags of the clean command', () => {
    expect(run(['report', RIVER, '-o', '-']).stdout).toContain('<h1>unspun report</h1>')
    expect(run(['report', '--ndjson', RIVER]).code).toBe(2)
  })
})

describe('pieces', () => {
  it('parses the command line', () => {
    const options = parseCli(['report', 'a.txt', '--jobs', '3', '-o', 'r.html', '--no-spun'], 8)
    expect(options).toMatchObject({command: 'report', inputs: ['a.txt'], jobs: 3, reportFile: 'r.html', spun: false, preset: 'balanced'})
    expect(parseCli(['report.txt'], 4)).toMatchObject({command: 'clean', inputs: ['report.txt'], jobs: 4, reportFile: 'report.html', markup: true})
    expect(parseCli(['a.txt', '--no-markup'], 4)).toMatchObject({markup: false, spun: true})
  })

  it('chooses the output shape', () => {
    expect(chooseShape(undefined, false, false)).toBe('json')
    expect(chooseShape(undefined, true, false)).toBe('ndjson')
    expect(chooseShape('json', true, false)).toBe('json-item')
    expect(chooseShape('text', true, false)).toBe('text-item')
    expect(chooseShape('ndjson', true, true)).toBe('json')
    expect(chooseShape('text', true, true)).toBe('text')
  })

  it('reads NDJSON lines', () => {
    expect(parseItem('{"id":"x","text":"hi"}', 1)).toEqual({id: 'x', content: 'hi', html: false})
    expect(parseItem('{"html":"<p>hi</p>"}', 4)).toEqual({id: 'line 4', content: '<p>hi</p>', html: true})
    expect(parseItem('   ', 2)).toBeUndefined()
    expect(parseItem('["text"]', 3)).toEqual({id: 'line 3', error: 'not a JSON object'})
    expect(parseItem('{"id":"y","text":5}', 5)).toEqual({id: 'y', error: 'expected a string "text" or "html"'})
  })

  it('cuts an NDJSON stream into batches of whole lines, numbered across batches', async () => {
    const text = '{"text":"a"}\r\n\n{"text":"é and ü"}\n{"id":9,"text":"b"}\nnot json\n{"html":"<p>c</p>"}'
    const bytes = Buffer.from(text)
    // Chunks of 7 bytes: boundaries fall inside lines and inside the two-byte characters.
    async function* chunks(): AsyncGenerator<Buffer> {
      for (let at = 0; at < bytes.length; at += 7) yield bytes.subarray(at, at + 7)
    }
    const batches = []
    for await (const batch of cutLines(chunks(), 16)) batches.push(batch)
    expect(batches.length).toBeGreaterThan(2)
    expect(Buffer.concat(batches.map((batch) => batch.bytes)).toString()).toBe(text)
    // Each batch but the last ends a line, and is cut soon after reaching 16 bytes.
    for (const batch of batches.slice(0, -1)) {
      expect(batch.bytes.at(-1)).toBe(0x0a)
      expect(batch.bytes.length).toBeLessThan(16 + 7)
    }
    expect(batches.flatMap(readLines)).toEqual([
      {id: 'line 1', content: 'a', html: false},
      {id: 'line 3', content: 'é and ü', html: false},
      {id: '9', content: 'b', html: false},
      {id: 'line 5', error: 'not a JSON object'},
      {id: 'line 6', content: '<p>c</p>', html: true}
    ])
  })

  it('runs a bounded window of work, pausing the input, and hands results on in order', async () => {
    let read = 0
    let handed = 0
    let mostOpen = 0
    async function* items(): AsyncGenerator<number> {
      for (let item = 0; item < 24; item += 1) {
        read += 1
        mostOpen = Math.max(mostOpen, read - handed)
        yield item
      }
    }
    // Later items finish first, so the order has to be restored.
    const work = (item: number): Promise<number> => new Promise((resolve) => setTimeout(() => resolve(item * 2), 24 - item))
    const results: number[] = []
    await runOrdered(items(), work, 4, async (result) => {
      handed += 1
      results.push(result)
    })
    expect(results).toEqual(Array.from({length: 24}, (_, item) => item * 2))
    expect(mostOpen).toBe(4)
  })

  it('formats the progress line', () => {
    expect(formatProgress({done: 412, total: 990, elapsedMs: 15_000})).toBe('[██████████░░░░░░░░░░░░░░] 412/990  27.5 pages/s  0:21 left')
    expect(formatProgress({done: 0, total: 10, elapsedMs: 0})).toBe('[░░░░░░░░░░░░░░░░░░░░░░░░] 0/10  0.0 pages/s  --:-- left')
    expect(formatProgress({done: 30, total: undefined, elapsedMs: 2000})).toBe('30 done  15.0 pages/s')
    expect(formatDuration(59.6)).toBe('1:00')
    expect(formatDuration(3725)).toBe('1:02:05')
  })

  it('draws on a terminal, and writes only failure lines elsewhere', () => {
    const written: string[] = []
    let clock = 0
    const tty = createProgress({isTTY: true, columns: 100, write: (chunk: string) => written.push(chunk)}, 2, () => clock)
    clock = 1000
    tty.tick()
    tty.note('unspun: x: no such file')
    tty.tick()
    tty.finish()
    expect(written).toEqual([
      '\r\u001B[K[████████████░░░░░░░░░░░░] 1/2  1.0 pages/s  0:01 left',
      '\r\u001B[Kunspun: x: no such file\n',
      '\r\u001B[K[████████████░░░░░░░░░░░░] 1/2  1.0 pages/s  0:01 left',
      '\r\u001B[K[████████████████████████] 2/2  2.0 pages/s  0:00 left',
      '\r\u001B[K'
    ])
    const piped: string[] = []
    const quiet = createProgress({isTTY: false, write: (chunk: string) => piped.push(chunk)}, 2, () => 0)
    quiet.tick()
    quiet.note('unspun: y: no such file')
    quiet.finish()
    expect(piped).toEqual(['unspun: y: no such file\n'])
  })
})
