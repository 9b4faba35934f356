def log = new File(basedir, 'build.log').text
def first = log.substring(0, log.lastIndexOf('Scanning for projects'))
def second = log.substring(log.lastIndexOf('Scanning for projects'))

assert first.contains('[INFO] runbook: 2 files checked in runbooks: 0 errors, 0 warnings, 0 infos;')
assert first.contains('BUILD SUCCESS')

assert second =~ /(?m)^\[ERROR\] runbooks\/disk-filling-up\.md:\[\d+,\d+\] RB101 missing-section: required section 'Overview' is missing/
assert second.contains('RB405 owner-missing')
assert second.contains('6 runbook violations in runbooks (6 errors; failOn is error)')
