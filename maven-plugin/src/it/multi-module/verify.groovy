def log = new File(basedir, 'build.log').text

assert log.contains('Using the MultiThreadedBuilder implementation with a thread count of 2')
assert log.contains('[INFO] runbook: 2 files checked in payments/runbooks: 0 errors, 0 warnings, 0 infos;'
    + ' reports: payments/target/runbook/runbook.sarif, payments/target/runbook/runbook-junit.xml')
assert log =~ /(?m)^\[WARNING\] search\/runbooks\/cold-start\.md:\[\d+,\d+\] RB405 owner-missing: /
assert log.contains('[INFO] runbook: 2 files checked in search/runbooks: 0 errors, 1 warning, 0 infos;')
// The parent and api have no runbooks/ folder: nothing to check, no failure.
assert log.contains('[INFO] runbook: no folder runbooks, nothing to check')
assert log.contains('[INFO] runbook: no folder api/runbooks, nothing to check')
assert log.contains('BUILD SUCCESS')

['payments', 'search'].each {
  assert new File(basedir, "${it}/target/runbook/runbook.sarif").isFile()
  assert new File(basedir, "${it}/target/runbook/runbook-junit.xml").isFile()
}
assert !new File(basedir, 'api/target/runbook').exists()
