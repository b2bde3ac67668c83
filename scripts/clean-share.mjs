#!/usr/bin/env node
/**
 * Clean a share of an NDJSON file's pages in this process and write nothing:
 * the pages whose line number is `part` modulo `parts`. cli-scaling.mjs
 * starts one of these for all pages and then two at once for half each, to
 * measure what this machine allows two parallel cleaners at best, with no
 * reading, batching, ordering or writing to pay for.
 *
 * Usage: node scripts/clean-share.mjs FILE PARTS PART
 */
import {readFileSync} from 'node:fs'
import {cleanArticle} from '../dist/index.js'

const [file, parts, part] = process.argv.slice(2)
const lines = readFileSync(file, 'utf8').split('\n')
let index = 0
for (const line of lines) {
  if (line === '') continue
  if (index++ % Number(parts) !== Number(part)) continue
  const {text} = JSON.parse(line)
  // Serialised as the command line does, so that work is counted too.
  JSON.stringify(cleanArticle(text))
}
