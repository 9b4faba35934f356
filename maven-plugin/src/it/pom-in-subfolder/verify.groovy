def log = new File(basedir, 'build.log').text

// mvn -f svc/pom.xml run in this folder: Maven's execution root is svc/, but every path and hint
// is relative to the folder mvn ran in, so it opens and pastes there (SPEC §9).
assert log.contains('Building pom-in-subfolder 1.0')
// The hint is a command that works when pasted in the folder mvn ran in.
assert log =~ /(?m)^\[ERROR\] svc\/runbooks\/cold-start\.md:\[1,1\] RB401 review-date-missing: .*\(runbook review svc\/runbooks\/cold-start\.md does it\)$/
assert log =~ /(?m)^\[ERROR\] svc\/runbooks\/cold-start\.md:\[\d+,\d+\] RB301 broken-link: .*gone\.md/
assert log =~ /(?m)^\[ERROR\] svc\/runbooks\/cold-start\.md:\[\d+,\d+\] RB101 missing-section: .*Validation/
assert log.contains('[INFO] runbook: 2 files checked in svc/runbooks: 3 errors, 0 warnings, 0 infos; '
    + 'reports: svc/target/runbook/runbook.sarif, svc/target/runbook/runbook-junit.xml')
assert log.contains('3 runbook violations in svc/runbooks (3 errors; failOn is error): see the lines above')
assert log.contains('BUILD FAILURE')
assert !log.contains('pom-in-subfolder-repository')

// The SARIF report's paths are the same ones: relative to the folder mvn ran in.
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'svc/target/runbook/runbook.sarif'))
assert sarif.runs[0].results*.locations*.physicalLocation*.artifactLocation*.uri.flatten().unique() == ['svc/runbooks/cold-start.md']
