// init wrote the starter next to the pom.xml, kept the pom, and verify built it into public/.
assert new File(basedir, 'content/site.yaml').isFile()
assert new File(basedir, '.github/workflows/pages.yml').isFile()
assert new File(basedir, 'pom.xml').getText('UTF-8').contains('init-then-verify')
def post = new File(basedir, 'public/blog/first-post/index.html')
assert post.isFile() : "no page at $post"
assert post.getText('UTF-8').contains('class="katex"')
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('checked 1 page: 0 errors, 0 warnings')
return true
