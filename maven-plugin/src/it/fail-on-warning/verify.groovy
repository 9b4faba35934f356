def log = new File(basedir, 'build.log').text

// Both invocations log the warning as a clickable [WARNING] line.
assert (log =~ /(?m)^\[WARNING\] runbooks\/cold-start\.md:\[\d+,\d+\] RB405 owner-missing: /).size() == 2
// The first, at failOn=error, passes; the second, at failOn=warning, fails on it.
assert log.indexOf('BUILD SUCCESS') >= 0
assert log.indexOf('BUILD SUCCESS') < log.indexOf('BUILD FAILURE')
assert log.contains('1 runbook violation in runbooks (0 errors, 1 warning; failOn is warning): see the lines above')
