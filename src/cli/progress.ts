/**
 * A one-line progress bar on stderr — pages done, pages per second and time
 * left — drawn only when stderr is a terminal, so piped runs stay silent.
 */

/** What the bar shows. */
export interface ProgressState {
  done: number
  /** Undefined when the input is a stream of unknown length. */
  total: number | undefined
  elapsedMs: number
}

/** Reports progress and prints failure lines without garbling the bar. */
export interface Progress {
  /** More pages finished (one, by default). */
  tick(pages?: number): void
  /** Print a whole line (a failure) above the bar. */
  note(line: string): void
  /** Clear the bar. */
  finish(): void
}

/** A stream that may be a terminal. */
export interface ProgressStream {
  isTTY?: boolean
  columns?: number
  write(chunk: string): unknown
}

const BAR_WIDTH = 24
const REDRAW_MS = 100
const CLEAR_LINE = '\r\u001B[K'

/**
 * The bar as one line, e.g. `[██████░░░░] 412/990  27.3 pages/s  0:21 left`.
 *
 * @param state Pages done, the total when known, time since the start.
 */
export function formatProgress(state: ProgressState): string {
  const seconds = state.elapsedMs / 1000
  const rate = seconds > 0 ? state.done / seconds : 0
  const speed = `${rate.toFixed(1)} pages/s`
  if (state.total === undefined) return `${state.done} done  ${speed}`
  const total = Math.max(state.total, state.done)
  const filled = total === 0 ? BAR_WIDTH : Math.round((state.done / total) * BAR_WIDTH)
  const bar = '█'.repeat(filled) + '░'.repeat(BAR_WIDTH - filled)
  const left = rate > 0 ? `${formatDuration((total - state.done) / rate)} left` : '--:-- left'
  return `[${bar}] ${state.done}/${total}  ${speed}  ${left}`
}

/**
 * `m:ss`, or `h:mm:ss` from an hour on.
 *
 * @param seconds A duration in seconds.
 */
export function formatDuration(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds))
  const hours = Math.floor(whole / 3600)
  const minutes = Math.floor((whole % 3600) / 60)
  const rest = String(whole % 60).padStart(2, '0')
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`
}

/**
 * A progress bar on `stream`; when the stream is not a terminal only
 * `note` writes anything.
 *
 * @param stream Usually process.stderr.
 * @param total The number of pages, when known.
 * @param now A clock in milliseconds (injectable for tests).
 */
export function createProgress(stream: ProgressStream, total: number | undefined, now: () => number = () => performance.now()): Progress {
  const start = now()
  let done = 0
  let drawn = Number.NEGATIVE_INFINITY
  const draw = (): void => {
    drawn = now()
    const line = formatProgress({done, total, elapsedMs: drawn - start})
    // A terminal that reports no width (0) gets the usual 80 columns.
    stream.write(CLEAR_LINE + line.slice(0, (stream.columns || 80) - 1))
  }
  if (stream.isTTY !== true) {
    return {tick() {}, note: (line) => void stream.write(line + '\n'), finish() {}}
  }
  return {
    tick(pages = 1) {
      done += pages
      if (now() - drawn >= REDRAW_MS || done === total) draw()
    },
    note(line) {
      stream.write(CLEAR_LINE + line + '\n')
      draw()
    },
    finish() {
      if (drawn !== Number.NEGATIVE_INFINITY) stream.write(CLEAR_LINE)
    }
  }
}
