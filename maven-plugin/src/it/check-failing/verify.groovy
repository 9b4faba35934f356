def log = new File(basedir, 'build.log').text

// One clickable line per finding, at the finding's level, in the compiler's shape.
assert log =~ /(?m)^\[ERROR\] runbooks\/cold-start\.md:\[\d+,\d+\] RB301 broken-link: .*gone\.md/
assert log =~ /(?m)^\[ERROR\] runbooks\/cold-start\.md:\[\d+,\d+\] RB101 missing-section: .*Validation/
assert log.contains('[INFO] runbook: 2 files checked in runbooks: 2 errors, 0 warnings, 0 infos; '
    + 'reports: target/runbook/runbook.sarif, target/runbook/runbook-junit.xml')
assert log.contains('BUILD FAILURE')
assert log.contains('2 runbook violations in runbooks (2 errors; failOn is error): see the lines above')

// The reports are written before the build fails, so CI can upload them.
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/runbook/runbook.sarif'))
assert sarif.runs[0].results*.ruleId.sort() == ['RB101', 'RB301']
def junit = new groovy.xml.XmlSlurper().parse(new File(basedir, 'target/runbook/runbook-junit.xml'))
assert junit.'**'.findAll { it.name() == 'failure' }.size() >= 1
