def log = new File(basedir, 'build.log').text

assert log.contains('[INFO] runbook: check skipped')
assert !log.contains('RB301')
assert log.contains('BUILD SUCCESS')
assert !new File(basedir, 'target/runbook').exists()
