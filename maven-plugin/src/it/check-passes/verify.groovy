// The check ran on the one doc and found nothing.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('designdoc-maven-plugin') && log.contains(':check')
assert log.contains('[INFO] 1 design doc: 0 errors, 0 warnings, 0 infos')
assert !log.contains('[ERROR]')
assert !log.contains('[WARNING] docs/')
return true
