def log = new File(basedir, 'build.log').text
def runs = log.split('Scanning for projects')
assert runs.length == 4 : "three invocations expected"
def (first, second, third) = [runs[1], runs[2], runs[3]]
def site = new File(basedir, 'target/runbook-site')

// 1. runbook:site with alertRules: the runbook page lists its alert, every alert name gets its
// stable page, and the coverage page is written.
assert first.contains('BUILD SUCCESS')
def page = new File(site, 'storage/disk-full.html').text
def box = page.substring(page.indexOf('<section class="alerts'))
assert box.contains('NodeDiskFull')
assert !box.contains('NodeDiskFilling')
def alertPages = []
site.eachFileRecurse { if (it.name in ['NodeDiskFull.html', 'NodeDiskFilling.html']) alertPages << it }
assert alertPages*.name.sort() == ['NodeDiskFilling.html', 'NodeDiskFull.html'] : "alert pages: ${alertPages}"
assert alertPages.find { it.name == 'NodeDiskFull.html' }.text.contains('disk-full.html')
assert new File(site, '-/alert-coverage.html').text.contains('NodeDiskFilling')

// 2. runbook:check: the broken runbook_url is a clickable line at the rules file's line and column.
assert second =~ /(?m)^\[ERROR\] \S*deploy\/node\.yaml:\[14,7\] RB602 alert-runbook-broken: alert 'NodeDiskFilling': .*storage\/disk-filling/
assert second.contains('the closest runbook is storage/disk-full.md')
assert second.contains('1 runbook violation in runbooks (1 error; failOn is error)')
assert second.contains('BUILD FAILURE')
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/runbook/runbook.sarif'))
def result = sarif.runs[0].results.find { it.ruleId == 'RB602' }
assert result.locations[0].physicalLocation.artifactLocation.uri.endsWith('deploy/node.yaml')
assert result.locations[0].physicalLocation.region.startLine == 14

// 3. A glob that matches nothing fails the build and names the glob.
assert third.contains("'deploi/*.yaml'")
assert third.contains('matches no file')
assert third.contains('BUILD FAILURE')
true
