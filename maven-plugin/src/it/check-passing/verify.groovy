def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] runbook: 2 files checked in runbooks: 0 errors, 0 warnings, 0 infos; '
    + 'reports: target/runbook/runbook.sarif, target/runbook/runbook-junit.xml')
assert !log.contains('[ERROR]')
assert !log.contains('[WARNING]')

def sarif = new File(basedir, 'target/runbook/runbook.sarif')
assert sarif.isFile()
def json = new groovy.json.JsonSlurper().parse(sarif)
assert json.version == '2.1.0'
assert json.runs[0].results.isEmpty()

def junit = new groovy.xml.XmlSlurper().parse(new File(basedir, 'target/runbook/runbook-junit.xml'))
assert junit.'**'.findAll { it.name() == 'testcase' }.size() >= 1
assert junit.'**'.findAll { it.name() == 'failure' }.isEmpty()

// runbook:help -Ddetail documents every parameter with its user property.
def help = log.substring(log.lastIndexOf('Scanning for projects'))
assert help.contains('runbook:check')
assert help.contains('This plugin has 4 goals:')
assert help.contains('runbook:site')
assert help.contains('runbook:report')
['runbook.directory', 'runbook.config', 'runbook.failOn', 'runbook.failOnViolation', 'runbook.skip',
 'runbook.reports', 'runbook.today', 'runbook.external', 'runbook.baseline',
 'runbook.outputDirectory', 'runbook.baseUrl', 'runbook.strict', 'runbook.siteUrl', 'runbook.alertRules'].each {
  assert help.contains("User property: ${it}") : "help lacks ${it}"
}
// The shared parameters are documented under check and site, and (but failOn) under report.
['runbook.directory', 'runbook.config', 'runbook.skip', 'runbook.today', 'runbook.alertRules'].each {
  assert help.count("User property: ${it}\n") == 3 : "help documents ${it} for check, site and report"
}
assert help.count("User property: runbook.failOn\n") == 2 : "help documents runbook.failOn for check and site"
assert help.count("User property: runbook.siteUrl\n") == 1 : "help documents runbook.siteUrl for report"
true
