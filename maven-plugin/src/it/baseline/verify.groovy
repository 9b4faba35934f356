def log = new File(basedir, 'build.log').text
def baseline = new File(basedir, 'runbook-baseline.json')

// 1. The JSON report of the old set holds its two findings (RB405, RB301 gone.md).
assert baseline.isFile()
assert new groovy.json.JsonSlurper().parse(baseline).diagnostics.size() == 2
assert new groovy.json.JsonSlurper().parse(new File(basedir, 'target/gl-code-quality.json')).size() == 2
// 2. Against the baseline the old set is clean.
assert log.contains('[INFO] runbook: 2 files checked in before: 0 errors, 0 warnings, 0 infos;'
    + ' 2 accepted by the baseline; reports: target/runbook/runbook.sarif, target/runbook/runbook-junit.xml')
// 3. The new set fails on the new link only, and says so.
def third = log.substring(log.lastIndexOf('Scanning for projects'))
assert third =~ /(?m)^\[ERROR\] runbooks\/cold-start\.md:\[23,\d+\] RB301 broken-link: .*guide\.md/
assert !third.contains('gone.md')
assert !third.contains('RB405')
assert third.contains('2 accepted by the baseline')
assert third.contains('1 runbook violation in runbooks (1 error; failOn is error)')
assert third.contains('BUILD FAILURE')
