import {execFileSync} from 'node:child_process'
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, describe, expect, it} from 'vitest'

// The examples import the build, as a user imports the package: `npm test`
// builds before running the tests.
const root = fileURLToPath(new URL('..', import.meta.url))

function run(script: string, args: string[] = []): string {
  return execFileSync(process.execPath, [path.join('examples', script), ...args], {cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']})
}

const TITLE = '‘We’re All Hostages Here’: Russian Activists and Draft Dodgers in Legal Limbo in Kazakhstan'

// Each script is a fresh Node.js process: allow for slow machines.
describe('examples', {timeout: 30_000}, () => {
  const scratch = mkdtempSync(path.join(tmpdir(), 'unspun-examples-'))
  afterAll(() => rmSync(scratch, {recursive: true, force: true}))

  it('clean-page.js prints the seed article and what was removed', () => {
    const out = run('clean-page.js')
    expect(out).toContain(`Title:    ${TITLE}\n`)
    expect(out).toContain('Date:     2023-09-13  (page chrome says 2024-12-22)\n')
    expect(out).toContain('Authors:  OpenAI\n')
    expect(out).toContain('Language: eng\n')
    expect(out).toMatch(/^ {2}page-date +1 span +19 characters$/m)
    expect(out).toMatch(/^ {2}related +\d+ spans? +\d+ characters$/m)
    expect(out).toContain('repaired: Ukrainian Drones Crash Into High-Rise Apartment Buildings in Russia’s Kazan – The Moscow Times')
    const body = out.slice(out.indexOf('\n\n'), out.indexOf('Removed:'))
    expect(body).toContain('When journalist Yevgeniya Baltatarova arrived in Kazakhstan')
    expect(body).not.toContain("Don't Miss")
    expect(body).not.toContain('Today: Dec 22, 2024')
  })

  it('scrape-html.js cleans the sample page from a Response', () => {
    const out = run('scrape-html.js')
    expect(out).toContain('Title:    Harbour town opens a library that runs on the tide\n')
    expect(out).toContain('Date:     2024-03-08T07:30:00+00:00\n')
    expect(out).toContain('Authors:  Marta Lindqvist, Tomás Ferreira\n')
    expect(out).toContain('Paragraphs: 6\n')
    expect(out).toContain('removed caption: "The library seen from the harbour at low tide. Photo: Ana Ruiz"')
    expect(out).not.toContain('Skip to content')
    expect(out).not.toContain('We use cookies')
  })

  it('batch-folder.js writes one JSON line per page, in name order', () => {
    const lines = run('batch-folder.js').trim().split('\n')
    const records = lines.map((line) => JSON.parse(line) as {file: string; title: string; authors: string[]; paragraphs: number; removed: Record<string, number>})
    expect(records.map((r) => r.file)).toEqual(['kazakhstan-exiles.txt', 'sample.html'])
    expect(records[0]?.title).toBe(TITLE)
    expect(records[0]?.paragraphs).toBe(7)
    expect(records[0]?.removed['page-date']).toBe(1)
    expect(records[1]?.authors).toEqual(['Marta Lindqvist', 'Tomás Ferreira'])
    expect(records[1]?.paragraphs).toBe(6)
  })

  it('batch-folder.js reads another folder and skips files that are not pages', () => {
    writeFileSync(path.join(scratch, 'b.txt'), 'By Jane Roe\n\nThe harbour reopened on Monday after a week of repairs to the old stone pier and its lights.')
    writeFileSync(path.join(scratch, 'a.htm'), '<title>Pier reopens | Harbour Post</title><p>The harbour reopened on Monday after a week of repairs to the old stone pier.</p>')
    writeFileSync(path.join(scratch, 'notes.md'), '# not a page')
    const records = run('batch-folder.js', [scratch]).trim().split('\n').map((line) => JSON.parse(line) as {file: string; title: string | null})
    expect(records.map((r) => r.file)).toEqual(['a.htm', 'b.txt'])
    expect(records[0]?.title).toBe('Pier reopens')
  })

  it('batch-folder.js fails on a folder that does not exist', () => {
    expect(() => run('batch-folder.js', [path.join(scratch, 'missing')])).toThrow()
  })

  it('retext-report.js prints a vfile-reporter report', () => {
    const out = run('retext-report.js')
    expect(out).toContain(path.join('examples', 'pages', 'kazakhstan-exiles.txt'))
    expect(out).toMatch(/^1:1-1:20 +info +The date the page was shown, printed by the page chrome\. +page-date +unspun$/m)
    expect(out).toMatch(/warning +Unexpected spun phrase `Top-Upward thrust`, expected `High-Rise` +spun +unspun/)
    expect(out).toMatch(/\d+ messages \(⚠ \d+ warnings\)/)
    expect(out).toContain(`Article: ${TITLE} (7 paragraphs)`)
  })
})
