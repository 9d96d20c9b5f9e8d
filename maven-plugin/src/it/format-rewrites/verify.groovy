import java.nio.file.Files
import java.nio.file.attribute.PosixFilePermissions

def root = basedir.toPath()
def expected = Files.readString(root.resolve('expected.md'))
def log = new File(basedir, 'build.log').getText('UTF-8')

// The doc is now canonical, and kept its mode.
def design = root.resolve('docs/design.md')
assert Files.readString(design) == expected
assert PosixFilePermissions.toString(Files.getPosixFilePermissions(design)) == 'rw-r-----'

// The CRLF doc is canonical with CRLF line ends only.
def crlf = Files.readString(root.resolve('docs/crlf-design.md'))
assert crlf == expected.replace('\n', '\r\n')

// The symlink is still a symlink, and its target was rewritten.
def link = root.resolve('docs/sync-design.md')
assert Files.isSymbolicLink(link)
assert Files.readString(root.resolve('shared/linked.md')) == expected.replace('Order Import', 'Order Sync')

// No temporary file was left beside the docs.
assert Files.list(root.resolve('docs')).noneMatch { it.fileName.toString().endsWith('.tmp') }

assert log.contains('[INFO] Formatted docs/design.md')
assert log.contains('[INFO] Formatted docs/crlf-design.md')
assert log.contains('[INFO] Formatted 3 of 3 design docs')
// Then the check in verify found all three canonical and clean.
assert log.contains('[INFO] 3 design docs: 0 errors, 0 warnings, 0 infos')
return true
