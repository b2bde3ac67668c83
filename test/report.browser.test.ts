/**
 * The report as a reader sees it, in a real browser: Debian's chromium,
 * driven by playwright-core. Checks the marked spans per kind against the
 * articles, the repair shown on hover, the per-kind hide toggles, that a
 * hostile page injects nothing and that nothing is fetched; saves a
 * screenshot to test/out/report.png.
 *
 * Skipped, with a message, only when chromium is absent and CI is not set;
 * in CI it must run (install chromium with apt-get first).
 */
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {chromium, type Browser, type Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {cleanArticle} from '../src/pipeline.js'
import {renderReport, type ReportEntry} from '../src/report/render.js'

const CHROMIUM = '/usr/bin/chromium'
const available = existsSync(CHROMIUM)
const skip = !available && !process.env.CI
if (skip) console.warn(`report.browser.test.ts skipped: ${CHROMIUM} is missing (apt-get install -y chromium); in CI this test runs and fails instead`)

const outDir = fileURLToPath(new URL('out/', import.meta.url))
const seedText = readFileSync(new URL('fixtures/kazakhstan-exiles.txt', import.meta.url), 'utf8')
const riverText = readFileSync(new URL('fixtures/cli/river.txt', import.meta.url), 'utf8')
const hostileText = [
  'Home | News | Contact',
  '',
  'A Page That Tries To Break The Report',
  '',
  'This paragraph carries markup as text: </style><script>window.__injected = true</script> and </div></article><h1 id="injected">gotcha</h1>, which must show as written.',
  '',
  'A second paragraph with an <img src="https://example.invalid/x.png" onerror="window.__injected = true"> tag that must not load anything at all.',
  '',
  'Share on Facebook'
].join('\n')

const entries: ReportEntry[] = [
  {id: 'kazakhstan-exiles.txt', input: seedText, article: cleanArticle(seedText)},
  {id: 'river.txt', input: riverText, article: cleanArticle(riverText)},
  {id: '<b>hostile</b>.txt', input: hostileText, article: cleanArticle(hostileText)}
]

describe.skipIf(skip)('the report in chromium', () => {
  let browser: Browser
  let page: Page
  const requests: string[] = []

  beforeAll(async () => {
    mkdirSync(outDir, {recursive: true})
    const file = `${outDir}report.html`
    writeFileSync(file, renderReport(entries))
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
    })
    page = await browser.newPage({viewport: {width: 1200, height: 900}})
    page.on('request', (request) => requests.push(request.url()))
    await page.goto(pathToFileURL(file).href)
  })

  afterAll(async () => {
    await browser?.close()
  })

  it('shows every removed span of every article, counted by kind', async () => {
    for (const [index, entry] of entries.entries()) {
      const article = page.locator(`#page-${index + 1}`)
      const expected: Record<string, number> = {}
      for (const span of entry.article.removed) expected[span.kind] = (expected[span.kind] ?? 0) + 1
      // A span split by a spun passage is several elements with one data-rm.
      const shown = await article.locator('.text del[data-rm]').evaluateAll((elements) => {
        const seen: Record<string, Set<string>> = {}
        for (const element of elements) (seen[element.getAttribute('data-kind') ?? ''] ??= new Set()).add(element.getAttribute('data-rm') ?? '')
        return Object.fromEntries(Object.entries(seen).map(([kind, ids]) => [kind, ids.size]))
      })
      expect(shown).toEqual(expected)
      const listed = await article.locator('.counts li').evaluateAll((items) => items.map((item) => [item.getAttribute('data-kind'), Number(item.getAttribute('data-count'))]))
      expect(Object.fromEntries(listed)).toEqual({...expected, spun: entry.article.spun.length})
      const spun = await article.locator('.text mark.spun').evaluateAll((marks) => new Set(marks.map((mark) => mark.getAttribute('data-spun'))).size)
      expect(spun).toBe(entry.article.spun.length)
      // What the reader sees is the input, character for character.
      const text = await article.locator('.text').evaluate((element) => {
        const copy = element.cloneNode(true) as HTMLElement
        for (const tip of copy.querySelectorAll('.tip')) tip.remove()
        return copy.textContent
      })
      expect(text).toBe(entry.input)
    }
    const totals = await page.locator('.legend li[data-kind]').evaluateAll((items) => items.map((item) => [item.getAttribute('data-kind'), Number(item.getAttribute('data-count'))]))
    const expectedTotals: Record<string, number> = {}
    for (const entry of entries) for (const span of entry.article.removed) expectedTotals[span.kind] = (expectedTotals[span.kind] ?? 0) + 1
    expect(Object.fromEntries(totals)).toEqual(expectedTotals)
  })

  it('the seed page shows its related block and spun headline parts', async () => {
    const seed = page.locator('#page-1')
    expect(await seed.locator('.text del.k-related').first().textContent()).toBe("Don't Miss")
    expect(await seed.locator('.related li').count()).toBe(2)
    expect(entries[0]?.article.spun.length).toBeGreaterThan(0)
  })

  it('shows the repair when a spun passage is hovered, and hides it otherwise', async () => {
    const mark = page.locator('#page-1 .text mark.spun').first()
    const tip = mark.locator('.tip')
    expect(await mark.evaluate((element) => element.firstChild?.textContent)).toBe('Top-Upward thrust')
    expect(await tip.isVisible()).toBe(false)
    await mark.scrollIntoViewIfNeeded()
    await page.mouse.wheel(0, -200)
    await mark.hover()
    expect(await tip.isVisible()).toBe(true)
    expect(await tip.locator('b').textContent()).toBe('→ High-Rise')
    // The tooltip is not struck through with the related span around it.
    expect(await tip.evaluate((element) => getComputedStyle(element).textDecorationLine)).toBe('none')
    await page.screenshot({path: `${outDir}report.png`})
    await page.mouse.move(0, 0)
    expect(await tip.isVisible()).toBe(false)
  })

  it('hides the spans of a kind when its legend box is ticked', async () => {
    const share = page.locator('.text del.k-share').first()
    expect(await share.isVisible()).toBe(true)
    await page.locator('#hide-share').check()
    expect(await share.isVisible()).toBe(false)
    await page.locator('#hide-share').uncheck()
    expect(await share.isVisible()).toBe(true)
  })

  it('shows hostile markup as text, runs nothing and fetches nothing', async () => {
    const hostile = page.locator('#page-3')
    expect(await hostile.locator('h2').textContent()).toBe('<b>hostile</b>.txt')
    expect(await hostile.locator('.text').textContent()).toContain('</style><script>window.__injected = true</script>')
    expect(await page.locator('#injected').count()).toBe(0)
    expect(await page.locator('img, script').count()).toBe(0)
    expect(await page.evaluate(() => (window as unknown as {__injected?: boolean}).__injected)).toBeUndefined()
    expect(requests.filter((url) => !url.startsWith('file:'))).toEqual([])
  })
})
