#!/usr/bin/env bash
# Regenerates the golden slug tables core/src/test/resources/dev/runbook/core/parse/slugs/*.tsv
# by running each generator's real code on the headings in headings.md (one heading text a line,
# all in one document, in order, so repeated headings show each tool's de-duplication).
#
# Needs: node + npm (npm packages github-slugger and commonmark, installed into a temp folder),
# and the Debian packages hugo, ruby-kramdown and python3-markdown:
#   apt-get install -y hugo ruby-kramdown python3-markdown
# The Java test (SlugDialectGoldenTest) reads the tables only; it never needs these tools.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out="$here/../../core/src/test/resources/dev/runbook/core/parse/slugs"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"

awk '{print "## " $0 "\n"}' "$here/headings.md" > "$work/doc.md"
mapfile -t headings < "$here/headings.md"

# write DIALECT VERSION-LINE: reads one id per line on stdin, pairs it with headings.md
write() {
  local dialect=$1 version=$2 i=0
  mapfile -t ids
  if [ "${#ids[@]}" -ne "${#headings[@]}" ]; then
    echo "$dialect: ${#ids[@]} ids for ${#headings[@]} headings" >&2; exit 1
  fi
  {
    echo "# $dialect heading ids, made by bench/slugs/regen.sh with $version"
    echo "# heading (Markdown, as written after '## ')<TAB>id"
    for i in "${!headings[@]}"; do printf '%s\t%s\n' "${headings[$i]}" "${ids[$i]}"; done
  } > "$out/$dialect.tsv"
}

# github: npm github-slugger on each heading's text content (commonmark.js reads the text).
(cd "$work" && npm init -y >/dev/null && npm install --silent github-slugger commonmark >/dev/null)
cp "$here/github.js" "$work/"
node "$work/github.js" "$work/doc.md" > "$work/github.out"
cut -f2 "$work/github.out" | write github \
  "github-slugger $(node -p "require('$work/node_modules/github-slugger/package.json').version")"

# gitlab: GitLab's Banzai TableOfContentsLegacyFilter + Gitlab::Utils::Markdown#string_to_anchor
# (gitlabhq/gitlabhq lib/banzai/filter/table_of_contents_legacy_filter.rb and
# lib/gitlab/utils/markdown.rb), run in Ruby on the same text content; GitLab's code is not
# installable here, so these steps restate it and Ruby supplies \p{Word} and downcase.
cut -f1 "$work/github.out" | ruby -e '
  headers = Hash.new(0)
  STDIN.each_line do |line|
    id = line.chomp[0...255].strip.downcase.gsub(/[^\p{Word}\- ]/u, "").tr(" ", "-").squeeze("-")
           .gsub(/\A(\d+)\z/, "anchor-\\1")
    uniq = headers[id] > 0 ? "-#{headers[id]}" : ""
    headers[id] += 1
    puts "#{id}#{uniq}"
  end' | write gitlab "Ruby $(ruby -e 'print RUBY_VERSION') (GitLab string_to_anchor, restated)"

# mkdocs: Python-Markdown's toc extension with its default slugify (what MkDocs uses).
/usr/bin/python3 - "$work/doc.md" > "$work/mkdocs.out" <<'PY'
import html, re, sys, markdown
out = markdown.markdown(open(sys.argv[1], encoding="utf-8").read(), extensions=["toc"])
for m in re.finditer(r'<h2 id="([^"]*)">', out):
    print(html.unescape(m.group(1)))
PY
write mkdocs "Python-Markdown $(/usr/bin/python3 -c 'import markdown; print(markdown.__version__)') toc" < "$work/mkdocs.out"

# hugo: a one-page site built by Hugo with its default goldmark settings (autoHeadingIDType github).
site="$work/hugo"
mkdir -p "$site/content" "$site/layouts/_default"
printf 'baseURL = "http://example.org/"\ntitle = "slugs"\ndisableKinds = ["taxonomy","term","RSS","sitemap","home","section","404","robotsTXT"]\n' > "$site/hugo.toml"
echo '{{ .Content }}' > "$site/layouts/_default/single.html"
{ printf -- '---\ntitle: slugs\n---\n\n'; cat "$work/doc.md"; } > "$site/content/doc.md"
(cd "$site" && hugo --quiet)
grep -o '<h2 id="[^"]*"' "$site/public/doc/index.html" | sed 's/<h2 id="//; s/"$//' \
  | /usr/bin/python3 -c 'import html,sys; [print(html.unescape(l.rstrip("\n"))) for l in sys.stdin]' \
  | write hugo "$(hugo version | cut -d' ' -f1-2)"

# kramdown: kramdown's own parser and HTML converter (auto_ids, generate_id).
ruby -rkramdown -e 'puts Kramdown::Document.new(File.read(ARGV[0], encoding: "utf-8")).to_html' "$work/doc.md" \
  | grep -o '<h2 id="[^"]*"' | sed 's/<h2 id="//; s/"$//' \
  | write kramdown "kramdown $(ruby -rkramdown -e 'print Kramdown::VERSION')"

echo "wrote $(ls "$out"/*.tsv | wc -l) tables to $out"
