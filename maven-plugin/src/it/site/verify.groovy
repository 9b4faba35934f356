def log = new File(basedir, 'build.log').text
def runs = log.split('Scanning for projects')
assert runs.length == 4 : "three invocations expected"
def (first, second, third) = [runs[1], runs[2], runs[3]]
def site = new File(basedir, 'target/runbook-site')

// 1. The site is published at package, then check runs at verify; the warning does not fail either.
def published = first =~ (/(?m)^\[INFO\] runbook: published runbooks to target\/runbook-site: (\d+) pages, (\d+) files;/
    + / findings shown on the pages: 0 errors, 1 warning, 0 infos$/)
assert published.find()
assert (published.group(1) as int) >= 3
assert first.indexOf('runbook: published') < first.indexOf('runbook: 3 files checked in runbooks')
assert first.contains('BUILD SUCCESS')

['index.html', 'cold-start.html', 'shutdown/graceful.html', 'sitemap.xml', '.runbook-site'].each {
  assert new File(site, it).isFile() : "the site lacks ${it}"
}
assert new File(site, 'sitemap.xml').text.contains('https://ops.example.com/runbooks/shutdown/graceful.html')
assert !new File(site, 'cold-start.md').exists()

// Links between runbooks point at pages that exist, across folders and both ways.
def target(File page, String href) {
  def path = java.net.URLDecoder.decode(href.replaceFirst(/[?#].*$/, ''), 'UTF-8')
  path.isEmpty() ? page : new File(page.parentFile, path).canonicalFile
}
def hrefs = { File page -> (page.text =~ /href="([^"]*)"/).collect { it[1].replace('&amp;', '&') } }
def coldStart = new File(site, 'cold-start.html')
def graceful = new File(site, 'shutdown/graceful.html')
def toGraceful = hrefs(coldStart).findAll { it.startsWith('shutdown/graceful.html') }
assert toGraceful.contains('shutdown/graceful.html#steps')
def toColdStart = hrefs(graceful).findAll { it.startsWith('../cold-start.html') }
assert toColdStart.contains('../cold-start.html#steps')
[coldStart, graceful].each { page ->
  hrefs(page).findAll { !(it =~ /^[a-z]+:/) && !it.startsWith('#') }.each { href ->
    assert target(page, href).exists() : "${page.name}: ${href} points at nothing"
  }
}
// The fragment names a heading of the target page.
assert graceful.text.contains('id="steps"')

// 2. -Drunbook.skip: neither goal runs.
assert second.contains('[INFO] runbook: site skipped')
assert second.contains('[INFO] runbook: check skipped')
assert second.contains('BUILD SUCCESS')
assert !new File(basedir, 'target/skipped-site').exists()

// 3. strict at failOn=warning: the finding is a clickable line, the build fails, no site is written.
assert third =~ /(?m)^\[WARNING\] runbooks\/shutdown\/graceful\.md:\[\d+,\d+\] RB405 owner-missing: /
assert third.contains('1 runbook violation in runbooks (0 errors, 1 warning; failOn is warning): see the lines above;'
    + ' the site was not written because strict is true')
assert third.contains('BUILD FAILURE')
assert !new File(basedir, 'target/strict-site').exists()
true
