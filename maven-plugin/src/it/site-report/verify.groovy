def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')

def report = new File(basedir, 'target/site/runbooks.html')
assert report.isFile() : 'mvn site wrote no runbooks.html'
def html = report.text
// Findings by rule and by file, with the finding listed.
assert html.contains('Findings by rule')
assert html =~ /RB301/
assert html.contains('broken-link')
assert html.contains('Findings by file')
assert html.contains('runbooks/cold-start.md')
assert html.contains('gone.md')
// Review status of every runbook, and the published runbook site linked.
assert html.contains('Review status')
assert html.contains('Cold start')
assert html.contains('href="https://ops.example.com/runbooks/"')
// The report is listed among the project reports.
def reports = new File(basedir, 'target/site/project-reports.html')
assert !reports.exists() || reports.text.contains('runbooks.html')
true
