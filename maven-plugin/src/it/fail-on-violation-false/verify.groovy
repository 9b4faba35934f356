def log = new File(basedir, 'build.log').text

assert log =~ /(?m)^\[ERROR\] runbooks\/cold-start\.md:\[\d+,\d+\] RB301 broken-link: .*gone\.md/
assert log.contains('[WARNING] 1 runbook violation in runbooks (1 error; failOn is error): see the lines above;'
    + ' the build goes on because failOnViolation is false')
assert log.contains('BUILD SUCCESS')
assert new File(basedir, 'target/runbook/runbook.sarif').isFile()
