/**
 * `unspun report`: clean every input, then write one self-contained HTML page
 * that shows what was removed and what looked spun (see `src/report/`).
 */
import {writeFile} from 'node:fs/promises'
import {renderReport, type ReportEntry} from '../report/render.js'
import type {CliOptions} from './args.js'
import {runJobs, type CommandIo} from './run.js'
import type {Cleaned} from './worker.js'

/**
 * Run `unspun report`. Articles are kept in memory until the page is
 * rendered: the report is for reading, not for millions of pages.
 *
 * @param options The parsed command line.
 * @param io The working directory and streams.
 * @returns The exit code: 0, or 1 when some inputs failed.
 */
export async function runReport(options: CliOptions, io: CommandIo): Promise<number> {
  const entries: ReportEntry[] = []
  const failed = await runJobs(options, io, () => ({
    shape: 'article',
    consume: async (result) => {
      const {id, input, article} = result as Cleaned
      entries.push({id, input, article})
    }
  }))
  const html = renderReport(entries)
  if (options.reportFile === '-') io.stdout.write(html)
  else await writeFile(options.reportFile, html)
  return failed > 0 ? 1 : 0
}
