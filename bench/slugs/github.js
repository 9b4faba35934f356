// Prints, for each heading of a Markdown file, its text content (as GitHub reads it) and
// github-slugger's slug, de-duplicated in document order. Usage: node github.js FILE
const fs = require('fs');
const commonmark = require('commonmark');
const { default: GithubSlugger } = require('github-slugger');

const doc = new commonmark.Parser().parse(fs.readFileSync(process.argv[2], 'utf8'));
const slugger = new GithubSlugger();
const walker = doc.walker();
let ev;
while ((ev = walker.next())) {
  if (ev.entering && ev.node.type === 'heading') {
    let text = '';
    const inner = ev.node.walker();
    let e;
    while ((e = inner.next())) {
      if (e.entering && (e.node.type === 'text' || e.node.type === 'code')) text += e.node.literal;
      if (e.entering && (e.node.type === 'softbreak' || e.node.type === 'linebreak')) text += ' ';
    }
    console.log(text + '\t' + slugger.slug(text));
  }
}
