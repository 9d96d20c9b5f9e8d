// The build failed because of the docs, and the log names each finding as file:line:column: severity rule message.
def log = new File(basedir, 'build.log').getText('UTF-8')
def lines = new File(basedir, 'docs/design.md').readLines('UTF-8')

def located = { String severity, String rule ->
  def m = log =~ /\[(?:ERROR|WARNING|INFO)\] (docs\/[\w.-]+):(\d+):(\d+): ${severity} ${rule} (.+)/
  assert m.find() : "no located ${severity} ${rule} finding in build.log"
  [file: m.group(1), line: m.group(2) as int, column: m.group(3) as int, message: m.group(4)]
}

// Approved with an open issue: the finding points at the status line or at the open issue.
def approved = located('error', 'approved-with-open-issues')
assert approved.file == 'docs/design.md'
def text = lines[approved.line - 1]
assert text.contains('Approved') || text.contains('Agree on the file name pattern') : "line ${approved.line}: ${text}"

// The second "Export Job" component: the finding points at a line naming it.
def duplicate = located('error', 'duplicate-component')
assert duplicate.file == 'docs/design.md'
assert lines[duplicate.line - 1].contains('Export Job') : "line ${duplicate.line}: ${lines[duplicate.line - 1]}"
assert duplicate.column >= 1

// The clean doc that is not canonical: reported at its first line that differs (the '*   ' bullet).
def canonical = located('error', 'not-canonical')
assert canonical.file == 'docs/import-design.md'
def importLines = new File(basedir, 'docs/import-design.md').readLines('UTF-8')
assert importLines[canonical.line - 1] == '*   Only finance staff may download exports'

assert log.contains('[INFO] 2 design docs: ')
assert log.contains('2 of 2 design docs failed the check (failOn error): 3 errors, 0 warnings, 0 infos')
assert log.contains('BUILD FAILURE')
// The check did not touch the files.
assert new File(basedir, 'docs/import-design.md').getText('UTF-8').contains('*   Only finance staff')
return true
