import java.nio.file.Files
import java.nio.file.attribute.PosixFilePermissions

// What a clone of the sample project cannot carry: a mode, CRLF line ends and a symlink.
def docs = new File(basedir, 'docs').toPath()
def design = docs.resolve('design.md')
Files.writeString(docs.resolve('crlf-design.md'), Files.readString(design).replace('\n', '\r\n'))
Files.setPosixFilePermissions(design, PosixFilePermissions.fromString('rw-r-----'))
def linked = Files.createDirectories(basedir.toPath().resolve('shared'))
Files.writeString(linked.resolve('linked.md'), Files.readString(design).replace('Order Import', 'Order Sync'))
Files.createSymbolicLink(docs.resolve('sync-design.md'), docs.relativize(linked.resolve('linked.md')))
return true
