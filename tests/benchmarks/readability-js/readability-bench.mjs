// Mozilla Readability (with jsdom, as its documentation runs it under Node) over the Readability
// corpus, one page after the other on one core: the baseline bench_import's figures are compared
// with. Prints pages/second for parsing into a DOM and extracting the article, and for the
// extraction alone.
//   node readability-bench.mjs CORPUS_DIR [rounds]
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { Readability } from '@mozilla/readability';

const corpus = process.argv[2];
const rounds = Math.max(1, Number(process.argv[3] ?? 1));
const pages = readdirSync(corpus)
    .map((name) => join(corpus, name, 'source.html'))
    .filter((file) => existsSync(file))
    .map((file) => readFileSync(file, 'utf8'));

let whole = 0n;
let extractOnly = 0n;
let failures = 0;
for (let round = 0; round < rounds; ++round) {
    for (const html of pages) {
        const start = process.hrtime.bigint();
        // A console of its own: the pages' CSS warnings are not the benchmark's output.
        const dom = new JSDOM(html, { url: 'https://example.org/article', virtualConsole: new VirtualConsole() });
        const parsed = process.hrtime.bigint();
        const article = new Readability(dom.window.document).parse();
        const done = process.hrtime.bigint();
        whole += done - start;
        extractOnly += done - parsed;
        if (!article) failures += 1;
        dom.window.close();
    }
}
const count = pages.length * rounds;
const perSecond = (ns) => (count / (Number(ns) / 1e9)).toFixed(1);
console.log(`Readability.js: ${pages.length} pages x ${rounds} rounds, ${failures} without an article`);
console.log(`  jsdom + Readability: ${perSecond(whole)} pages/s; Readability alone: ${perSecond(extractOnly)} pages/s`);
console.log(`READABILITY_JS_PAGES_PER_SECOND ${perSecond(whole)}`);
