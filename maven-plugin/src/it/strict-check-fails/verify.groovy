// The failure is the checker's diagnostic, as on the command line: message, file:line:column, hint.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains("error: hand-typed figure '141 GB'")
assert log.contains('--> content/posts/typed.md:7:14')
assert log.contains('hint: write `= h200.memory -> GB` instead')
assert log.contains('reckon check found problems in the site')
return true
