// includes, disabledRules, severities, requiredSections and failOn, as configured in pom.xml.
def log = new File(basedir, 'build.log').getText('UTF-8')
def lines = new File(basedir, 'adr/0001-exports.md').readLines('UTF-8')
def imports = new File(basedir, 'adr/0002-imports.md').readLines('UTF-8')

// placeholder raised to error, located on the line with the placeholder.
def m = log =~ /\[ERROR\] adr\/0001-exports\.md:(\d+):(\d+): error placeholder /
assert m.find() : 'no located placeholder error'
assert lines[(m.group(1) as int) - 1].contains('<author>')

// revision-order stays a warning, and with failOn warning it fails the second doc, which has nothing else.
def w = log =~ /\[WARNING\] adr\/0002-imports\.md:(\d+):\d+: warning revision-order /
assert w.find() : 'no located revision-order warning'
assert imports[(w.group(1) as int) - 1].contains('2026-10-01')
// future-date is disabled, approved-with-open-issues is off, no section is required.
assert !log.contains('future-date')
assert !log.contains('approved-with-open-issues')
assert !log.contains('missing-section')
// docs/design.md is outside the includes.
assert !log.contains('docs/design.md')
assert log.contains('[INFO] 2 design docs: 1 error, 1 warning, ')
assert log.contains('2 of 2 design docs failed the check (failOn warning)')
return true
